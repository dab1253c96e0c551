<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl" sourcelanguage="en_GB">
<context>
    <name>AccessSettings</name>
<message>
        <location filename="../../ui/views/settings_access.py" />
        <source>{kind}: {count}</source>
        <translation>{kind}: {count}</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_access.py" />
        <source>C&amp;an:</source>
        <translation>&amp;Może:</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_access.py" />
        <source>plan versions</source>
        <translation>wersje planu</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_access.py" />
        <source>Carer: a profile on this computer</source>
        <translation>Opiekun: profil na tym komputerze</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_access.py" />
        <source>Taking access back gives your profile a new key, so a copy of the old one opens nothing. Backups made before now can still be opened with what opened them then: their own backup passphrase. Type your passphrase to go on; without your recovery code a new one is made and shown once.</source>
        <translation>Odebranie dostępu daje Twojemu profilowi nowy klucz, więc kopia starego niczego nie otworzy. Kopie zapasowe zrobione wcześniej nadal można otworzyć tym, co otwierało je wtedy: ich własnym hasłem kopii zapasowej. Wpisz swoje hasło, aby kontynuować; bez kodu odzyskiwania powstanie nowy, pokazany tylko raz.</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_access.py" />
        <source>{when}: {carer} ({level}, access {grant}): {changes}</source>
        <translation>{when}: {carer} ({level}, dostęp {grant}): {changes}</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_access.py" />
        <source>{carer}: access ended on {day}</source>
        <translation>{carer}: dostęp zakończył się {day}</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_access.py" />
        <source>doses</source>
        <translation>dawki</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_access.py" />
        <source>Can see (view only)</source>
        <translation>Może widzieć (tylko podgląd)</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_access.py" />
        <source>Your new recovery code</source>
        <translation>Twój nowy kod odzyskiwania</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_access.py" />
        <source>Give the chosen carer access, or renew theirs</source>
        <translation>Daj wybranemu opiekunowi dostęp albo odnów jego dostęp</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_access.py" />
        <source>goals</source>
        <translation>cele</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_access.py" />
        <source>Type your passphrase to take access back.</source>
        <translation>Wpisz swoje hasło, aby odebrać dostęp.</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_access.py" />
        <source>log entries</source>
        <translation>wpisy</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_access.py" />
        <source>check-ins</source>
        <translation>ankiety</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_access.py" />
        <source>People who can see your profile, with what they can do and until when</source>
        <translation>Osoby, które mogą widzieć Twój profil, co mogą robić i do kiedy</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_access.py" />
        <source>appointments</source>
        <translation>wizyty</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_access.py" />
        <source>Only {name} can change who has access to their profile, from their own profile.</source>
        <translation>Tylko {name} może zmienić, kto ma dostęp do tego profilu, ze swojego własnego profilu.</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_access.py" />
        <source>&amp;Carer:</source>
        <translation>&amp;Opiekun:</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_access.py" />
        <source>{carer} no longer has access. Your profile has a new key; backups made before now still open with their own backup passphrase.</source>
        <translation>{carer} nie ma już dostępu. Twój profil ma nowy klucz; kopie zapasowe zrobione wcześniej nadal otwierają się ich własnym hasłem kopii zapasowej.</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_access.py" />
        <source>Last day of access, at most three years away</source>
        <translation>Ostatni dzień dostępu, najwyżej za trzy lata</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_access.py" />
        <source>&amp;Take access back</source>
        <translation>Odbie&amp;rz dostęp</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_access.py" />
        <source>Access log</source>
        <translation>Dziennik dostępu</translation>
    </message>
<message>
        <location filename="../../ui/views/settings_access.py" />
        <source>Who can see my profile</source>
        <translation>Kto może widzieć mój profil</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_access.py" />
        <source>Giving your profile a new key</source>
        <translation>Nadawanie profilowi nowego klucza</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_access.py" />
        <source>&amp;Give or renew access</source>
        <translation>&amp;Daj lub odnów dostęp</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_access.py" />
        <source>&amp;Passphrase:</source>
        <translation>&amp;Hasło:</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_access.py" />
        <source>No carer has opened your profile yet.</source>
        <translation>Żaden opiekun nie otworzył jeszcze Twojego profilu.</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_access.py" />
        <source>Access that ends soon</source>
        <translation>Dostęp, który wkrótce się kończy</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_access.py" />
        <source>What the carer can do</source>
        <translation>Co może robić opiekun</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_access.py" />
        <source>Access log: each carer's session, when, which access and how much it changed</source>
        <translation>Dziennik dostępu: każda sesja opiekuna, kiedy, który dostęp i ile zmieniła</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_access.py" />
        <source>I have &amp;written it down</source>
        <translation>Kod jest zapi&amp;sany</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_access.py" />
        <source>Nobody else can see your profile.</source>
        <translation>Nikt inny nie może widzieć Twojego profilu.</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_access.py" />
        <source>Your passphrase, to take access back</source>
        <translation>Twoje hasło, aby odebrać dostęp</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_access.py" />
        <source>Your recovery code, to keep it (you can leave this empty)</source>
        <translation>Twój kod odzyskiwania, aby go zachować (możesz zostawić puste)</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_access.py" />
        <source>Counts of what each carer changed, never what it said.</source>
        <translation>Liczby tego, co zmienił każdy opiekun, nigdy treść.</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_access.py" />
        <source>Your new recovery code (the old one no longer works). Write it down now: it is shown once.
{code}</source>
        <translation>Twój nowy kod odzyskiwania (stary już nie działa). Zapisz go teraz: jest pokazywany tylko raz.
{code}</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_access.py" />
        <source>Can see and change (log, plan, doses)</source>
        <translation>Może widzieć i zmieniać (wpisy, plan, dawki)</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_access.py" />
        <source>&amp;Until:</source>
        <translation>Do &amp;kiedy:</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_access.py" />
        <source>Take the chosen carer's access back</source>
        <translation>Odbierz dostęp wybranemu opiekunowi</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_access.py" />
        <source>&amp;Recovery code:</source>
        <translation>Kod od&amp;zyskiwania:</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_access.py" />
        <source>nothing changed</source>
        <translation>nic nie zmieniono</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_access.py" />
        <source>I have written down my new recovery code</source>
        <translation>Mój nowy kod odzyskiwania jest zapisany</translation>
    </message>
</context>
<context>
    <name>ActionDialog</name>
<message>
        <location filename="../../ui/dialogs/plan_items.py" line="+99" />
        <source>Change an action</source>
        <translation>Zmień działanie</translation>
    </message>
    <message>
        <location line="+0" />
        <source>New action</source>
        <translation>Nowe działanie</translation>
    </message>
    <message>
        <location line="+6" />
        <source>What will be done</source>
        <translation>Co będzie zrobione</translation>
    </message>
    <message>
        <location line="+1" />
        <source>For example: Walk with Priya</source>
        <translation>Na przykład: Spacer z Priyą</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Who does it</source>
        <translation>Kto to robi</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Me</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Which goal it helps with</source>
        <translation>W którym celu pomaga</translation>
    </message>
    <message>
        <location line="+1" />
        <source>No goal</source>
        <translation>Bez celu</translation>
    </message>
    <message>
        <location line="+4" />
        <source>How often</source>
        <translation>Jak często</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Once</source>
        <translation>Raz</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Every day or every few days</source>
        <translation>Codziennie lub co kilka dni</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Every week or every few weeks</source>
        <translation>Co tydzień lub co kilka tygodni</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Every month or every few months</source>
        <translation>Co miesiąc lub co kilka miesięcy</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Repeat every</source>
        <translation>Powtarzaj co</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Start date</source>
        <translation>Data rozpoczęcia</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Stop on a date</source>
        <translation>Zakończ w dniu</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Stop repeating on a date</source>
        <translation>Przestań powtarzać w wybranym dniu</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Last date</source>
        <translation>Ostatni dzień</translation>
    </message>
    <message>
        <location line="+1" />
        <source>On a set date</source>
        <translation>W wybranym dniu</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Do it on a set date</source>
        <translation>Zrób to w wybranym dniu</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Date to do it</source>
        <translation>Dzień, w którym to zrobić</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Done</source>
        <translation>&amp;Zrobione</translation>
    </message>
    <message>
        <location line="+1" />
        <source>This action is done</source>
        <translation>To działanie jest zrobione</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;What</source>
        <translation>&amp;Co</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Wh&amp;o</source>
        <translation>&amp;Kto</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Goal</source>
        <translation>C&amp;el</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Repeat</source>
        <translation>&amp;Powtarzanie</translation>
    </message>
    <message>
        <location line="+6" />
        <source>E&amp;very</source>
        <translation>C&amp;o</translation>
    </message>
    <message>
        <location line="+3" />
        <source>On these days</source>
        <translation>W te dni</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;From</source>
        <translation>&amp;Od</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Until</source>
        <translation>Do</translation>
    </message>
    <message>
        <location line="+10" />
        <source>When</source>
        <translation>Kiedy</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Keep this action</source>
        <translation>Zachowaj to działanie</translation>
    </message>
    <message>
        <location line="+38" />
        <source>day</source>
        <translation>dzień</translation>
    </message>
    <message>
        <location line="+0" />
        <source>days</source>
        <translation>dni</translation>
    </message>
    <message>
        <location line="+1" />
        <source>week</source>
        <translation>tydzień</translation>
    </message>
    <message>
        <location line="+0" />
        <source>weeks</source>
        <translation>tygodnie</translation>
    </message>
    <message>
        <location line="+1" />
        <source>month</source>
        <translation>miesiąc</translation>
    </message>
    <message>
        <location line="+0" />
        <source>months</source>
        <translation>miesiące</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Days of the week</source>
        <translation>Dni tygodnia</translation>
    </message>
</context>
<context>
    <name>AlertPanel</name>
<message>
        <location filename="../../ui/views/checkins.py" line="+105" />
        <source>Please get help now</source>
        <translation>Proszę, poszukaj pomocy teraz</translation>
    </message>
</context>
<context>
    <name>AppointmentDateDialog</name>
<message>
        <location filename="../../ui/dialogs/treatment.py" />
        <source>This appointment date is already there.</source>
        <translation>Ta data wizyty jest już zapisana.</translation>
    </message>
<message>
        <location filename="../../ui/dialogs/treatment.py" />
        <source>Add an appointment date</source>
        <translation>Dodaj datę wizyty</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/treatment.py" />
        <source>Save this appointment date</source>
        <translation>Zapisz tę datę wizyty</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/treatment.py" />
        <source>&amp;Day of the appointment</source>
        <translation>&amp;Dzień wizyty</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/treatment.py" />
        <source>For the referral: {what}</source>
        <translation>Dla skierowania: {what}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/treatment.py" />
        <source>The day of the appointment, from the letter</source>
        <translation>Dzień wizyty, podany w liście</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/treatment.py" />
        <source>The appointment cannot be before the referral, on {day}.</source>
        <translation>Wizyta nie może być wcześniej niż skierowanie z dnia {day}.</translation>
    </message>
</context>
<context>
    <name>AssistedPanel</name>
<message>
        <location filename="../../ui/views/participation_account.py" line="1" />
        <source>Consultation to answer</source>
        <translation>Konsultacje do wypełnienia</translation>
    </message>
    <message>
        <location filename="../../ui/views/participation_account.py" line="1" />
        <source>They did not agree, so nothing was recorded.</source>
        <translation>Ta osoba się nie zgodziła, więc nic nie zostało zapisane.</translation>
    </message>
    <message>
        <location filename="../../ui/views/participation_account.py" line="1" />
        <source>Start an assisted session with a helper's code</source>
        <translation>Rozpocznij sesję z pomocą, używając kodu osoby pomagającej</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/participation_account.py" line="1" />
        <source>Assisted session: {n} minutes left.</source>
        <translation>
            <numerusform>Sesja z pomocą: została {n} minuta.</numerusform>
            <numerusform>Sesja z pomocą: zostały {n} minuty.</numerusform>
            <numerusform>Sesja z pomocą: zostało {n} minut.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/views/participation_account.py" line="1" />
        <source>Their answers are kept, marked as given with help.</source>
        <translation>Odpowiedzi są zachowane i oznaczone jako udzielone z pomocą.</translation>
    </message>
    <message>
        <location filename="../../ui/views/participation_account.py" line="1" />
        <source>S&amp;tart an assisted session</source>
        <translation>&amp;Rozpocznij sesję z pomocą</translation>
    </message>
    <message>
        <location filename="../../ui/views/participation_account.py" line="1" />
        <source>Nothing links these answers to you, so they cannot be taken back once sent, like a paper form posted back.</source>
        <translation>Nic nie łączy tych odpowiedzi z tobą, więc po wysłaniu nie można ich wycofać, tak jak odesłanego formularza papierowego.</translation>
    </message>
<message>
        <location filename="../../ui/views/participation_account.py" line="1" />
        <source>Help at the community centre</source>
        <translation>Pomoc w centrum społecznym</translation>
    </message>
    <message>
        <location filename="../../ui/views/participation_account.py" line="1" />
        <source>The session has ended. Thank you.</source>
        <translation>Sesja się zakończyła. Dziękujemy.</translation>
    </message>
    <message>
        <location filename="../../ui/views/participation_account.py" line="1" />
        <source>Answ&amp;er it</source>
        <translation>&amp;Odpowiedz</translation>
    </message>
    <message>
        <location filename="../../ui/views/participation_account.py" line="1" />
        <source>Answer the chosen consultation</source>
        <translation>Odpowiedz na wybrane konsultacje</translation>
    </message>
    <message>
        <location filename="../../ui/views/participation_account.py" line="1" />
        <source>The 30 minutes are up, so the session has ended.</source>
        <translation>Minęło 30 minut, więc sesja się zakończyła.</translation>
    </message>
    <message>
        <location filename="../../ui/views/participation_account.py" line="1" />
        <source>Their answers could not be sent now; they are kept and go at the next sync.</source>
        <translation>Nie udało się teraz wysłać odpowiedzi; są zachowane i zostaną wysłane przy następnej synchronizacji.</translation>
    </message>
    <message>
        <location filename="../../ui/views/participation_account.py" line="1" />
        <source>The person is &amp;leaving: end the session</source>
        <translation>Osoba &amp;wychodzi: zakończ sesję</translation>
    </message>
    <message>
        <location filename="../../ui/views/participation_account.py" line="1" />
        <source>The person is leaving: end the assisted session and send their answers</source>
        <translation>Osoba wychodzi: zakończ sesję z pomocą i wyślij jej odpowiedzi</translation>
    </message>
    <message>
        <location filename="../../ui/views/participation_account.py" line="1" />
        <source>Assisted session: 1 minute left.</source>
        <translation>Sesja z pomocą: została 1 minuta.</translation>
    </message>
    <message>
        <location filename="../../ui/views/participation_account.py" line="1" />
        <source>A helper can start a session for someone who cannot take part alone. It ends when they leave, when the app locks, or after 30 minutes.</source>
        <translation>Osoba pomagająca może rozpocząć sesję dla kogoś, kto nie może wziąć udziału sam. Sesja kończy się, gdy ta osoba wychodzi, gdy aplikacja się zablokuje lub po 30 minutach.</translation>
    </message>
</context>
<context>
    <name>Banner</name>
<message>
        <location filename="../../ui/widgets/banner.py" line="+41" />
        <source>Message</source>
        <translation>Wiadomość</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Dismiss</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Dismiss this message</source>
        <translation>Zamknij tę wiadomość</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
<message>
        <location filename="../../ui/widgets/bars.py" line="+24" />
        <source>Hidden: fewer than 10 people</source>
        <translation>Ukryte: mniej niż 10 osób</translation>
    </message>
</context>
<context>
    <name>BudgetDialog</name>
<message>
        <location filename="../../ui/dialogs/budget.py" />
        <source>&amp;Amount (£)</source>
        <translation>&amp;Kwota (£)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/budget.py" />
        <source>&amp;From</source>
        <translation>&amp;Od</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/budget.py" />
        <source>&amp;How it is held</source>
        <translation>&amp;Jak jest przechowywany</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/budget.py" />
        <source>&amp;Planned spending</source>
        <translation>&amp;Planowane wydatki</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/budget.py" />
        <source>&amp;To</source>
        <translation>&amp;Do</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/budget.py" />
        <source>A category and amount, such as Equipment = 600</source>
        <translation>Kategoria i kwota, np. Sprzęt = 600</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/budget.py" />
        <source>Direct payment: the money is paid to me</source>
        <translation>Płatność bezpośrednia: pieniądze są wypłacane mnie</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/budget.py" />
        <source>How the budget is held</source>
        <translation>Jak przechowywany jest budżet</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/budget.py" />
        <source>My personal health budget</source>
        <translation>Mój osobisty budżet zdrowotny</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/budget.py" />
        <source>Notional: the NHS holds the money</source>
        <translation>Zarządzany przez NHS: pieniądze trzyma NHS</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/budget.py" />
        <source>Planned spending</source>
        <translation>Planowane wydatki</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/budget.py" />
        <source>Save the budget</source>
        <translation>Zapisz budżet</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/budget.py" />
        <source>The amount agreed, in pounds</source>
        <translation>Uzgodniona kwota w funtach</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/budget.py" />
        <source>The first day of the budget</source>
        <translation>Pierwszy dzień budżetu</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/budget.py" />
        <source>The last day of the budget</source>
        <translation>Ostatni dzień budżetu</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/budget.py" />
        <source>Third party: an organisation holds it for me</source>
        <translation>Strona trzecia: organizacja trzyma go dla mnie</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/budget.py" />
        <source>Write each planned line as a category, = and an amount, such as Equipment = 600.</source>
        <translation>Wpisz każdą pozycję jako kategorię, = i kwotę, np. Sprzęt = 600.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/budget.py" />
        <source>Write the amount in pounds, such as 7200.</source>
        <translation>Wpisz kwotę w funtach, np. 7200.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/budget.py" />
        <source>No goals in my plan yet. Add them on the Goals screen, then tick the ones this budget is for.</source>
        <translation>W moim planie nie ma jeszcze celów. Dodaj je na ekranie Cele, a potem zaznacz te, którym służy ten budżet.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/budget.py" />
        <source>The goals in my plan this budget is for</source>
        <translation>Cele z mojego planu, którym służy ten budżet</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/budget.py" />
        <source>For my &amp;goals</source>
        <translation>Na moje &amp;cele</translation>
    </message>
</context>
<context>
    <name>BudgetPanel</name>
<message>
        <location filename="../../ui/views/participation_budget.py" line="+0" />
        <source>Turn on "Answer local surveys and consultations" in Choices to vote.</source>
        <translation>Aby głosować, włącz „Odpowiadaj na lokalne ankiety i konsultacje” w zakładce Wybory.</translation>
    </message>
    <message>
        <location filename="../../ui/views/participation_budget.py" line="+0" />
        <source>{area}. Pot: {pot}. Voting from {opens} to {closes}.</source>
        <translation>{area}. Pula: {pot}. Głosowanie od {opens} do {closes}.</translation>
    </message>
    <message>
        <location filename="../../ui/views/participation_budget.py" line="+0" />
        <source>fewer than 10 votes</source>
        <translation>mniej niż 10 głosów</translation>
    </message>
    <message>
        <location filename="../../ui/views/participation_budget.py" line="+0" />
        <source>Funded by votes, most first, while the money lasts.</source>
        <translation>Finansowanie według głosów, od największej liczby, dopóki starcza pieniędzy.</translation>
    </message>
    <message>
        <location filename="../../ui/views/participation_budget.py" line="+0" />
        <source>About this round</source>
        <translation>O tej rundzie</translation>
    </message>
    <message>
        <location filename="../../ui/views/participation_budget.py" line="+0" />
        <source>&amp;Rounds:</source>
        <translation>&amp;Rundy:</translation>
    </message>
    <message>
        <location filename="../../ui/views/participation_budget.py" line="+0" />
        <source>closed: see the outcome</source>
        <translation>zamknięta: zobacz wynik</translation>
    </message>
    <message>
        <location filename="../../ui/views/participation_budget.py" line="+0" />
        <source>Running total of the projects you chose</source>
        <translation>Bieżąca suma kosztów wybranych projektów</translation>
    </message>
    <message>
        <location filename="../../ui/views/participation_budget.py" line="+0" />
        <source>Choose projects that together cost no more than the pot.</source>
        <translation>Wybierz projekty, które razem kosztują nie więcej niż pula.</translation>
    </message>
    <message>
        <location filename="../../ui/views/participation_budget.py" line="+0" />
        <source>{title}: {cost}, proposed by {organisation}. {description}</source>
        <translation>{title}: {cost}, proponuje {organisation}. {description}</translation>
    </message>
    <message>
        <location filename="../../ui/views/participation_budget.py" line="+0" />
        <source>Tick every project you support.</source>
        <translation>Zaznacz każdy projekt, który popierasz.</translation>
    </message>
    <message>
        <location filename="../../ui/views/participation_budget.py" line="+0" />
        <source>Add my vote to the send list; it leaves at the next sync</source>
        <translation>Dodaj mój głos do listy do wysłania; zostanie wysłany przy następnej synchronizacji</translation>
    </message>
    <message>
        <location filename="../../ui/views/participation_budget.py" line="+0" />
        <source>not funded</source>
        <translation>niesfinansowany</translation>
    </message>
    <message>
        <location filename="../../ui/views/participation_budget.py" line="+0" />
        <source>Rounds appear here after a sync, once you agree to take part in surveys.</source>
        <translation>Rundy pojawią się tu po synchronizacji, gdy zgodzisz się na udział w ankietach.</translation>
    </message>
    <message>
        <location filename="../../ui/views/participation_budget.py" line="+0" />
        <source>Budget rounds, open and closed</source>
        <translation>Rundy budżetowe, otwarte i zamknięte</translation>
    </message>
    <message>
        <location filename="../../ui/views/participation_budget.py" line="+0" />
        <source>Your choice costs more than the pot, so it was not added. Untick a project.</source>
        <translation>Twój wybór kosztuje więcej niż pula, więc nie został dodany. Odznacz jakiś projekt.</translation>
    </message>
    <message>
        <location filename="../../ui/views/participation_budget.py" line="+0" />
        <source>Chosen: {total} of the {pot} pot.</source>
        <translation>Wybrano: {total} z puli {pot}.</translation>
    </message>
    <message>
        <location filename="../../ui/views/participation_budget.py" line="+0" />
        <source>Your vote was added to the send list. It leaves at the next sync.</source>
        <translation>Twój głos dodano do listy do wysłania. Zostanie wysłany przy następnej synchronizacji.</translation>
    </message>
<message>
        <location filename="../../ui/views/participation_budget.py" line="+0" />
        <source>Decide with your neighbours how part of a budget is spent. Tick the projects you want; your vote is sent at the next sync, with your agreement to take part in surveys, and counted with nobody's name.</source>
        <translation>Zdecyduj z sąsiadami, jak wydać część budżetu. Zaznacz projekty, których chcesz; Twój głos zostanie wysłany przy następnej synchronizacji, za Twoją zgodą na udział w ankietach, i policzony bez niczyjego imienia.</translation>
    </message>
    <message>
        <location filename="../../ui/views/participation_budget.py" line="+0" />
        <source>open until {day}</source>
        <translation>otwarta do {day}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/participation_budget.py" line="+0" />
        <source>%n vote(s)</source>
        <translation>
            <numerusform>%n głos</numerusform>
            <numerusform>%n głosy</numerusform>
            <numerusform>%n głosów</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/views/participation_budget.py" line="+0" />
        <source>Funded by the Method of Equal Shares.</source>
        <translation>Finansowanie metodą równych udziałów (Method of Equal Shares).</translation>
    </message>
    <message>
        <location filename="../../ui/views/participation_budget.py" line="+0" />
        <source>That is {over} over the pot: untick a project.</source>
        <translation>To {over} ponad pulę: odznacz jakiś projekt.</translation>
    </message>
    <message>
        <location filename="../../ui/views/participation_budget.py" line="+0" />
        <source>No budget rounds yet</source>
        <translation>Nie ma jeszcze rund budżetowych</translation>
    </message>
    <message>
        <location filename="../../ui/views/participation_budget.py" line="+0" />
        <source>Projects: tick the ones you want, with the space bar</source>
        <translation>Projekty: zaznacz te, których chcesz, klawiszem spacji</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/participation_budget.py" line="+0" />
        <source>%n project(s) funded, costing {cost} of the {pot} pot.</source>
        <translation>
            <numerusform>%n projekt sfinansowany, kosztem {cost} z puli {pot}.</numerusform>
            <numerusform>%n projekty sfinansowane, kosztem {cost} z puli {pot}.</numerusform>
            <numerusform>%n projektów sfinansowanych, kosztem {cost} z puli {pot}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/views/participation_budget.py" line="+0" />
        <source>FUNDED</source>
        <translation>SFINANSOWANY</translation>
    </message>
    <message>
        <location filename="../../ui/views/participation_budget.py" line="+0" />
        <source>You have voted; sending again replaces your vote.</source>
        <translation>Twój głos jest oddany; ponowne wysłanie go zastąpi.</translation>
    </message>
    <message>
        <location filename="../../ui/views/participation_budget.py" line="+0" />
        <source>What became of it: {fate}</source>
        <translation>Co się z nim stało: {fate}</translation>
    </message>
    <message>
        <location filename="../../ui/views/participation_budget.py" line="+0" />
        <source>Send my &amp;vote</source>
        <translation>Wyślij mój &amp;głos</translation>
    </message>
</context>
<context>
    <name>BudgetView</name>
<message numerus="yes">
        <location filename="../../ui/views/budget.py" />
        <source>%n-month review</source>
        <translation>
            <numerusform>Przegląd po %n miesiącu</numerusform>
            <numerusform>Przegląd po %n miesiącach</numerusform>
            <numerusform>Przegląd po %n miesiącach</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/views/budget.py" />
        <source>&amp;Log a spend…</source>
        <translation>&amp;Zapisz wydatek…</translation>
    </message>
    <message>
        <location filename="../../ui/views/budget.py" />
        <source>&amp;Set up the budget…</source>
        <translation>&amp;Ustaw budżet…</translation>
    </message>
    <message>
        <location filename="../../ui/views/budget.py" />
        <source>Budget saved.</source>
        <translation>Budżet zapisany.</translation>
    </message>
    <message>
        <location filename="../../ui/views/budget.py" />
        <source>Category</source>
        <translation>Kategoria</translation>
    </message>
    <message>
        <location filename="../../ui/views/budget.py" />
        <source>Copy saved.</source>
        <translation>Kopia zapisana.</translation>
    </message>
    <message>
        <location filename="../../ui/views/budget.py" />
        <source>Left</source>
        <translation>Pozostało</translation>
    </message>
    <message>
        <location filename="../../ui/views/budget.py" />
        <source>Log a spend, with its receipt if I have one</source>
        <translation>Zapisz wydatek, z paragonem, jeśli go mam</translation>
    </message>
    <message>
        <location filename="../../ui/views/budget.py" />
        <source>My budget</source>
        <translation>Mój budżet</translation>
    </message>
    <message>
        <location filename="../../ui/views/budget.py" />
        <source>My budget at a glance</source>
        <translation>Mój budżet w skrócie</translation>
    </message>
    <message>
        <location filename="../../ui/views/budget.py" />
        <source>My health budget</source>
        <translation>Mój budżet zdrowotny</translation>
    </message>
    <message>
        <location filename="../../ui/views/budget.py" />
        <source>No personal health budget yet. Choose Set up the budget to write down the one agreed with you.</source>
        <translation>Nie ma jeszcze osobistego budżetu zdrowotnego. Wybierz Ustaw budżet, aby zapisać budżet uzgodniony z Tobą.</translation>
    </message>
    <message>
        <location filename="../../ui/views/budget.py" />
        <source>Overspend: spending is above plan for now.</source>
        <translation>Nadwyżka wydatków: na ten moment wydatki są powyżej planu.</translation>
    </message>
    <message>
        <location filename="../../ui/views/budget.py" />
        <source>Overspent: more has been spent than the whole budget.</source>
        <translation>Przekroczony: wydano więcej niż cały budżet.</translation>
    </message>
    <message>
        <location filename="../../ui/views/budget.py" />
        <source>PDF (*.pdf);;Spreadsheet (*.csv)</source>
        <translation>PDF (*.pdf);;Arkusz kalkulacyjny (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/views/budget.py" />
        <source>Planned</source>
        <translation>Planowane</translation>
    </message>
    <message>
        <location filename="../../ui/views/budget.py" />
        <source>Planned and spent, by category</source>
        <translation>Planowane i wydane, według kategorii</translation>
    </message>
    <message>
        <location filename="../../ui/views/budget.py" />
        <source>Save the review s&amp;tatement…</source>
        <translation>Zapisz zes&amp;tawienie do przeglądu…</translation>
    </message>
    <message>
        <location filename="../../ui/views/budget.py" />
        <source>Save the review statement</source>
        <translation>Zapisz zestawienie do przeglądu</translation>
    </message>
    <message>
        <location filename="../../ui/views/budget.py" />
        <source>Save the review statement as a PDF or a spreadsheet (CSV)</source>
        <translation>Zapisz zestawienie do przeglądu jako PDF lub arkusz kalkulacyjny (CSV)</translation>
    </message>
    <message>
        <location filename="../../ui/views/budget.py" />
        <source>See the &amp;receipt…</source>
        <translation>Zobacz pa&amp;ragon…</translation>
    </message>
    <message>
        <location filename="../../ui/views/budget.py" />
        <source>See the receipt of the chosen spend</source>
        <translation>Zobacz paragon wybranego wydatku</translation>
    </message>
    <message>
        <location filename="../../ui/views/budget.py" />
        <source>Set up or change the budget agreed</source>
        <translation>Ustaw lub zmień uzgodniony budżet</translation>
    </message>
    <message>
        <location filename="../../ui/views/budget.py" />
        <source>Spend saved.</source>
        <translation>Wydatek zapisany.</translation>
    </message>
    <message>
        <location filename="../../ui/views/budget.py" />
        <source>Spending</source>
        <translation>Wydatki</translation>
    </message>
    <message>
        <location filename="../../ui/views/budget.py" />
        <source>Spending is on track.</source>
        <translation>Wydatki są zgodne z planem.</translation>
    </message>
    <message>
        <location filename="../../ui/views/budget.py" />
        <source>Spent</source>
        <translation>Wydano</translation>
    </message>
    <message>
        <location filename="../../ui/views/budget.py" />
        <source>Statement saved: {name}</source>
        <translation>Zestawienie zapisane: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/views/budget.py" />
        <source>Underspend: spending is below plan for now.</source>
        <translation>Niedobór wydatków: na ten moment wydatki są poniżej planu.</translation>
    </message>
    <message>
        <location filename="../../ui/views/budget.py" />
        <source>What I have spent, newest first</source>
        <translation>Co wydałem, od najnowszych</translation>
    </message>
    <message>
        <location filename="../../ui/views/budget.py" />
        <source>Which review the statement is for</source>
        <translation>Którego przeglądu dotyczy zestawienie</translation>
    </message>
    <message>
        <location filename="../../ui/views/budget.py" />
        <source>{amount} from {start} to {end}. Spent {spent}; balance {balance}.</source>
        <translation>{amount} od {start} do {end}. Wydano {spent}; saldo {balance}.</translation>
    </message>
    <message>
        <location filename="../../ui/views/budget.py" />
        <source>{category} (not planned)</source>
        <translation>{category} (poza planem)</translation>
    </message>
    <message>
        <location filename="../../ui/views/budget.py" />
        <source>{day}: {amount} to {payee} ({category})</source>
        <translation>{day}: {amount} dla {payee} ({category})</translation>
    </message>
    <message>
        <location filename="../../ui/views/budget.py" />
        <source>{text}, with a receipt</source>
        <translation>{text}, z paragonem</translation>
    </message>
    <message>
        <location filename="../../ui/views/budget.py" />
        <source>For: {outcomes}</source>
        <translation>Przeznaczenie: {outcomes}</translation>
    </message>
</context>
<context>
    <name>CaringView</name>
<message>
        <location filename="../../ui/views/caring.py" />
        <source>can see and change</source>
        <translation>może widzieć i zmieniać</translation>
    </message>
    <message>
        <location filename="../../ui/views/caring.py" />
        <source>{name}'s access to your profile ends on {day}. Renew it if {name} still helps you.</source>
        <translation>Dostęp do Twojego profilu ({name}) kończy się {day}. Odnów go, jeśli {name} nadal Ci pomaga.</translation>
    </message>
    <message>
        <location filename="../../ui/views/caring.py" />
        <source>People I care for</source>
        <translation>Osoby, którymi się opiekuję</translation>
    </message>
    <message>
        <location filename="../../ui/views/caring.py" />
        <source>&amp;Back to my own profile</source>
        <translation>&amp;Wróć do mojego profilu</translation>
    </message>
    <message>
        <location filename="../../ui/views/caring.py" />
        <source>People who gave you access, with what you can do and until when</source>
        <translation>Osoby, które dały Ci dostęp, co możesz robić i do kiedy</translation>
    </message>
    <message>
        <location filename="../../ui/views/caring.py" />
        <source>Your access to {name} ends on {day}. Ask {name} to renew it if you still help them.</source>
        <translation>Twój dostęp do profilu: {name} kończy się {day}. Poproś tę osobę ({name}) o odnowienie, jeśli nadal jej pomagasz.</translation>
    </message>
    <message>
        <location filename="../../ui/views/caring.py" />
        <source>Close this profile and go back to my own</source>
        <translation>Zamknij ten profil i wróć do mojego</translation>
    </message>
    <message>
        <location filename="../../ui/views/caring.py" />
        <source>{name}: you can see and change their profile until {day}</source>
        <translation>{name}: możesz widzieć i zmieniać ten profil do {day}</translation>
    </message>
<message>
        <location filename="../../ui/views/caring.py" />
        <source>can see</source>
        <translation>może widzieć</translation>
    </message>
    <message>
        <location filename="../../ui/views/caring.py" />
        <source>{carer} can see your profile until {day}</source>
        <translation>{carer} może widzieć Twój profil do {day}</translation>
    </message>
    <message>
        <location filename="../../ui/views/caring.py" />
        <source>Access that ends soon</source>
        <translation>Dostęp, który wkrótce się kończy</translation>
    </message>
    <message>
        <location filename="../../ui/views/caring.py" />
        <source>{name}: you can see their profile until {day}</source>
        <translation>{name}: możesz widzieć ten profil do {day}</translation>
    </message>
    <message>
        <location filename="../../ui/views/caring.py" />
        <source>The people who gave you access to their profile on this computer or this USB stick. Opening one keeps your own profile open: you can come back to it, or go to someone else, without typing your passphrase again.</source>
        <translation>Osoby, które dały Ci dostęp do swojego profilu na tym komputerze lub tym pendrivie. Otwarcie jednego z nich zostawia Twój własny profil otwarty: możesz do niego wrócić albo przejść do kogoś innego bez ponownego wpisywania hasła.</translation>
    </message>
    <message>
        <location filename="../../ui/views/caring.py" />
        <source>Nobody has given you access to their profile yet. The person opens Settings in their own profile and gives you access there.</source>
        <translation>Nikt jeszcze nie dał Ci dostępu do swojego profilu. Ta osoba otwiera Ustawienia we własnym profilu i tam daje Ci dostęp.</translation>
    </message>
    <message>
        <location filename="../../ui/views/caring.py" />
        <source>Open the chosen person's profile</source>
        <translation>Otwórz profil wybranej osoby</translation>
    </message>
    <message>
        <location filename="../../ui/views/caring.py" />
        <source>&amp;Open their profile</source>
        <translation>&amp;Otwórz jego profil</translation>
    </message>
    <message>
        <location filename="../../ui/views/caring.py" />
        <source>You are in {name}'s profile already.</source>
        <translation>Jesteś już w profilu: {name}.</translation>
    </message>
    <message>
        <location filename="../../ui/views/caring.py" />
        <source>{name}: access ended on {day}</source>
        <translation>{name}: dostęp zakończył się {day}</translation>
    </message>
    <message>
        <location filename="../../ui/views/caring.py" />
        <source>{carer} can see and change your profile until {day}</source>
        <translation>{carer} może widzieć i zmieniać Twój profil do {day}</translation>
    </message>
</context>
<context>
    <name>ChartWidget</name>
<message>
        <location filename="../../ui/widgets/chart.py" line="+52" />
        <source>since {day}</source>
        <translation>od {day}</translation>
    </message>
    <message>
        <location line="+4" />
        <source>last week</source>
        <translation>ostatni tydzień</translation>
    </message>
    <message>
        <location line="+1" />
        <source>last month</source>
        <translation>ostatni miesiąc</translation>
    </message>
    <message>
        <location line="+1" />
        <source>last year</source>
        <translation>ostatni rok</translation>
    </message>
    <message>
        <location line="+1" />
        <source>all time</source>
        <translation>cały czas</translation>
    </message>
    <message>
        <location line="+7" />
        <source>{value} out of 10</source>
        <translation>{value} na 10</translation>
    </message>
    <message>
        <location line="+5" />
        <source>yes</source>
        <translation>tak</translation>
    </message>
    <message>
        <location line="+2" />
        <source>no</source>
        <translation>nie</translation>
    </message>
    <message>
        <location line="+9" />
        <source>No chart to show.</source>
        <translation>Nie ma wykresu do pokazania.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>{head}: nothing logged yet.</source>
        <translation>{head}: nic jeszcze nie zapisano.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>1 entry</source>
        <translation>1 wpis</translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n entries</source>
        <translation>
            <numerusform>%n wpis</numerusform>
            <numerusform>%n wpisy</numerusform>
            <numerusform>%n wpisów</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3" />
        <source>{count}, {yes} of them yes</source>
        <translation>{count}, w tym „tak”: {yes}</translation>
    </message>
    <message>
        <location line="+7" />
        <source>all {value}</source>
        <translation>wszystkie: {value}</translation>
    </message>
    <message>
        <location line="+4" />
        <source>from {low} to {high} out of 10</source>
        <translation>od {low} do {high} na 10</translation>
    </message>
    <message>
        <location line="+4" />
        <source>from {low} to {high}</source>
        <translation>od {low} do {high}</translation>
    </message>
    <message>
        <location line="+3" />
        <source>{count}, {spread}, latest {latest}</source>
        <translation>{count}, {spread}, ostatnio {latest}</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Target {target}.</source>
        <translation>Cel: {target}.</translation>
    </message>
    <message>
        <location line="+32" />
        <location line="+27" />
        <source>Chart</source>
        <translation>Wykres</translation>
    </message>
    <message>
        <location line="-25" />
        <source>Nothing logged for this time yet.</source>
        <translation>W tym okresie nic jeszcze nie zapisano.</translation>
    </message>
    <message>
        <location line="+23" />
        <source>Chart of {label}</source>
        <translation>Wykres: {label}</translation>
    </message>
    <message>
        <location line="+55" />
        <source>Yes</source>
        <translation>Tak</translation>
    </message>
    <message>
        <location line="+2" />
        <source>No</source>
        <translation>Nie</translation>
    </message>
    <message>
        <location line="+8" />
        <source>{label} (0 to 10)</source>
        <translation>{label} (od 0 do 10)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>{label} in {unit}</source>
        <translation>{label} ({unit})</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Choose something to show.</source>
        <translation>Wybierz, co chcesz zobaczyć.</translation>
    </message>
    <message>
        <location line="+64" />
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Target</source>
        <translation>Cel</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Target: {target}</source>
        <translation>Cel: {target}</translation>
    </message>
    <message>
        <location line="+51" />
        <source>{when}: {value}</source>
        <translation>{when}: {value}</translation>
    </message>
</context>
<context>
    <name>CheckinsView</name>
<message>
        <location filename="../../ui/views/checkins.py" line="-51" />
        <source>PHQ-9 score</source>
        <translation>Wynik PHQ-9</translation>
    </message>
    <message>
        <location line="+1" />
        <source>GAD-7 score</source>
        <translation>Wynik GAD-7</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Life satisfaction</source>
        <translation>Zadowolenie z życia</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Feeling that life is worthwhile</source>
        <translation>Poczucie, że życie ma sens</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Happiness yesterday</source>
        <translation>Szczęście wczoraj</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Anxiety yesterday</source>
        <translation>Niepokój wczoraj</translation>
    </message>
    <message>
        <location line="+412" />
        <location line="+20" />
        <source>Check-ins</source>
        <translation>Samopoczucie</translation>
    </message>
    <message>
        <location line="-16" />
        <source>Questionnaires</source>
        <translation>Kwestionariusze</translation>
    </message>
    <message>
        <location line="+7" />
        <source>How it has gone</source>
        <translation>Jak było do tej pory</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Short questionnaires about how you feel. Your answers stay on this computer.</source>
        <translation>Krótkie kwestionariusze o tym, jak się czujesz. Twoje odpowiedzi zostają na tym komputerze.</translation>
    </message>
    <message>
        <location line="+36" />
        <source>Check-in saved.</source>
        <translation>Zapisano.</translation>
    </message>
</context>
<context>
    <name>CodeDialog</name>
<message>
        <location filename="../../ui/views/participation_account.py" line="1" />
        <source>&amp;Their language</source>
        <translation>&amp;Jej język</translation>
    </message>
<message>
        <location filename="../../ui/views/participation_account.py" line="1" />
        <source>Start an assisted session</source>
        <translation>Rozpocznij sesję z pomocą</translation>
    </message>
    <message>
        <location filename="../../ui/views/participation_account.py" line="1" />
        <source>For the helper: type the one-time code from the console. It is not linked to you or to what the person says.</source>
        <translation>Dla osoby pomagającej: wpisz jednorazowy kod z konsoli. Nie jest on powiązany z tobą ani z tym, co powie ta osoba.</translation>
    </message>
    <message>
        <location filename="../../ui/views/participation_account.py" line="1" />
        <source>&amp;One-time code</source>
        <translation>&amp;Kod jednorazowy</translation>
    </message>
    <message>
        <location filename="../../ui/views/participation_account.py" line="1" />
        <source>The language of the person taking part</source>
        <translation>Język osoby, która bierze udział</translation>
    </message>
    <message>
        <location filename="../../ui/views/participation_account.py" line="1" />
        <source>One-time code from the console</source>
        <translation>Jednorazowy kod z konsoli</translation>
    </message>
</context>
<context>
    <name>Consent</name>
<message>
        <location filename="../../sync/consent.py" line="+42" />
        <source>Download the list of local services</source>
        <translation>Pobierz listę lokalnych usług</translation>
    </message>
    <message>
        <location line="+1" />
        <source>If you agree, the app downloads a list of community services in London, like walking groups, food banks and carers' groups. You can then search it, even with no internet.

The app asks the server for the list. It sends nothing about you or your health. The server can see your computer's internet address, as any website can.

You can stop this at any time. The app then stops downloading the list.</source>
        <translation>Jeśli się zgodzisz, aplikacja pobiera listę usług społecznych w Londynie, takich jak grupy spacerowe, banki żywności i grupy dla opiekunów. Potem możesz ją przeszukiwać, nawet bez internetu.

Aplikacja prosi serwer o tę listę. Nie wysyła nic o tobie ani o twoim zdrowiu. Serwer widzi adres internetowy twojego komputera, tak jak każda strona internetowa.

Możesz to zatrzymać w każdej chwili. Wtedy aplikacja przestaje pobierać listę.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Answer local surveys and consultations</source>
        <translation>Odpowiadaj na lokalne ankiety i konsultacje</translation>
    </message>
    <message>
        <location line="+1" />
        <source>If you agree, the app downloads open surveys about local health and care services. You choose which ones to answer. Only the answers you give are sent.

Your answers are sent with a random code, not your name. They never include your NHS number, your logs or your plan. Results are only shown for groups of 10 people or more, so no one can pick out your answers.

You can stop at any time. If you stop, the app asks the server to delete every survey answer you sent.</source>
        <translation>Jeśli się zgodzisz, aplikacja pobiera otwarte ankiety o lokalnych usługach zdrowotnych i opiekuńczych. Ty wybierasz, na które odpowiesz. Wysyłane są tylko odpowiedzi, których udzielisz.

Twoje odpowiedzi są wysyłane z losowym kodem, bez twojego imienia i nazwiska. Nigdy nie zawierają twojego numeru NHS, twoich zapisów ani twojego planu. Wyniki są pokazywane tylko dla grup liczących 10 lub więcej osób, więc nikt nie może rozpoznać twoich odpowiedzi.

Możesz to zatrzymać w każdej chwili. Jeśli to zrobisz, aplikacja poprosi serwer o usunięcie wszystkich wysłanych przez ciebie odpowiedzi z ankiet.</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Give feedback on services</source>
        <translation>Wystawiaj opinie usługom</translation>
    </message>
    <message>
        <location line="+1" />
        <source>If you agree, you can tell services how they did, using the NHS Friends and Family Test question: "Overall, how was your experience of our service?" You can add a comment if you want to.

Your feedback is sent with a random code, not your name. You can read exactly what will be sent before it goes. Results are only shown for groups of 10 people or more.

You can stop at any time. If you stop, the app asks the server to delete all the feedback you sent.</source>
        <translation>Jeśli się zgodzisz, możesz powiedzieć usługom, jak sobie poradziły. Służy do tego pytanie z NHS Friends and Family Test: „Ogólnie, jakie były twoje doświadczenia z naszą usługą?” Jeśli chcesz, możesz dodać komentarz.

Twoja opinia jest wysyłana z losowym kodem, bez twojego imienia i nazwiska. Zanim opinia zostanie wysłana, możesz dokładnie przeczytać, co zostanie wysłane. Wyniki są pokazywane tylko dla grup liczących 10 lub więcej osób.

Możesz to zatrzymać w każdej chwili. Jeśli to zrobisz, aplikacja poprosi serwer o usunięcie wszystkich wysłanych przez ciebie opinii.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Share how you feel, privately</source>
        <translation>Dziel się samopoczuciem anonimowo</translation>
    </message>
    <message>
        <location line="+1" />
        <source>If you agree, when you fill in the four wellbeing questions (ONS4), the app can send your scores and your borough to help show how people in London are feeling.

Before your scores leave this computer, the app mixes in random noise. Many of the numbers sent are random, so no one can know your real answers, not even the server. Across many people, the noise cancels out and the average still shows.

You can stop at any time. If you stop, the app asks the server to delete all the scores you sent.</source>
        <translation>Jeśli się zgodzisz, to gdy odpowiesz na cztery pytania o samopoczucie (ONS4), aplikacja może wysłać twoje wyniki i nazwę twojej dzielnicy. Pomaga to pokazać, jak czują się ludzie w Londynie.

Zanim twoje wyniki opuszczą ten komputer, aplikacja miesza je z losowym szumem. Wiele wysłanych liczb jest losowych, więc nikt nie może poznać twoich prawdziwych odpowiedzi, nawet serwer. Gdy odpowiada wiele osób, szum się znosi, a średnia nadal jest widoczna.

Możesz to zatrzymać w każdej chwili. Jeśli to zrobisz, aplikacja poprosi serwer o usunięcie wszystkich wysłanych przez ciebie wyników.</translation>
    </message>
    <message>
        <source>Share what helped, privately</source>
        <translation>Dziel się tym, co pomogło, anonimowo</translation>
    </message>
    <message>
        <source>If you agree, when you have gone to a community service from your plan and filled in the four wellbeing questions (ONS4) before and after, the app can send what changed. It sends the kind of service (for example, walking groups), its borough, roughly how many times you went, and how much each of your four scores went up or down.

It never sends the name of the service, your scores themselves, dates, or anything you wrote. Before the changes leave this computer, the app mixes in random noise, so no one can know your real answers, not even the server. Results are only shown for groups of 10 people or more.

You can stop at any time. If you stop, the app asks the server to delete everything you sent for this.</source>
        <translation>Jeśli się zgodzisz, to gdy pójdziesz do lokalnej usługi z twojego planu i odpowiesz na cztery pytania o samopoczucie (ONS4) przed i po, aplikacja może wysłać, co się zmieniło. Wysyła rodzaj usługi (na przykład grupy spacerowe), jej dzielnicę, mniej więcej ile razy tam byłeś lub byłaś oraz o ile każdy z twoich czterech wyników wzrósł lub spadł.

Nigdy nie wysyła nazwy usługi, samych twoich wyników, dat ani niczego, co napisałeś lub napisałaś. Zanim zmiany opuszczą ten komputer, aplikacja miesza je z losowym szumem, więc nikt nie może poznać twoich prawdziwych odpowiedzi, nawet serwer. Wyniki są pokazywane tylko dla grup liczących 10 lub więcej osób.

Możesz to zatrzymać w każdej chwili. Jeśli to zrobisz, aplikacja poprosi serwer o usunięcie wszystkiego, co w tym celu wysłałeś lub wysłałaś.</translation>
    </message>
    <message>
        <location filename="../../sync/consent.py" line="+1" />
        <source>If you agree, you join a standing panel of people from your borough. Now and then the panel is asked for its views, and the app tells you when you are invited to a consultation.

The app sends your age band (for example 35-44), your borough and, only if you say, whether you look after someone. It sends them with a random code, not your name, and nothing else about you or your health. Staff only see how many members are in each band, for groups of 10 people or more. The server picks who is invited at random; staff never learn who was picked.

You can leave at any time. If you leave, the app asks the server to delete your membership and your invitations.</source>
        <translation>Jeśli się zgodzisz, dołączysz do stałego panelu mieszkańców Twojej dzielnicy. Od czasu do czasu panel jest pytany o zdanie, a aplikacja informuje Cię, gdy zostaniesz zaproszony do konsultacji.

Aplikacja wysyła Twoją grupę wiekową (na przykład 35-44), Twoją dzielnicę oraz, tylko jeśli zechcesz, informację, czy opiekujesz się kimś. Wysyła je z losowym kodem, a nie z Twoim imieniem i nazwiskiem, i nic więcej o Tobie ani o Twoim zdrowiu. Pracownicy widzą tylko, ilu członków jest w każdej grupie, i tylko dla grup liczących co najmniej 10 osób. Serwer losowo wybiera, kto zostanie zaproszony; pracownicy nigdy nie dowiadują się, kogo wybrano.

Możesz odejść w dowolnym momencie. Jeśli odejdziesz, aplikacja poprosi serwer o usunięcie Twojego członkostwa i Twoich zaproszeń.</translation>
    </message>
    <message>
        <location filename="../../sync/consent.py" line="+1" />
        <source>Join the citizens' panel</source>
        <translation>Dołącz do panelu obywatelskiego</translation>
    </message>
</context>
<context>
    <name>CoreMessages</name>
<message>
        <location filename="../../ui/forms.py" />
        <source>There is no space left on the drive that holds this profile. Free some space, then try again. Nothing was lost.</source>
        <translation>Na dysku, na którym jest ten profil, nie ma już miejsca. Zwolnij trochę miejsca i spróbuj ponownie. Nic nie zostało utracone.</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" />
        <source>There is no space left on the drive you chose for the file. Free some space or choose another place, then try again.</source>
        <translation>Na dysku wybranym dla pliku nie ma już miejsca. Zwolnij trochę miejsca albo wybierz inne miejsce i spróbuj ponownie.</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" />
        <source>The drive that holds this profile is read-only, so nothing can be saved. It may be a USB stick with its lock switch on.</source>
        <translation>Dysk, na którym jest ten profil, jest tylko do odczytu, więc nic nie może zostać zapisane. Może to być pendrive z włączoną blokadą zapisu.</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" />
        <source>The drive you chose for the file is read-only. Choose another place, then try again.</source>
        <translation>Dysk wybrany dla pliku jest tylko do odczytu. Wybierz inne miejsce i spróbuj ponownie.</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" />
        <source>This computer does not let Health Planner save in the folder that holds this profile, so nothing can be saved.</source>
        <translation>Ten komputer nie pozwala programowi Health Planner zapisywać w folderze, w którym jest ten profil, więc nic nie może zostać zapisane.</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" />
        <source>This computer does not let Health Planner save in the folder you chose. Choose another place, then try again.</source>
        <translation>Ten komputer nie pozwala programowi Health Planner zapisywać w wybranym folderze. Wybierz inne miejsce i spróbuj ponownie.</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" />
        <source>The drive that holds this profile went away, so Health Planner stopped saving and locked the profile. Put it back, then open the profile again.</source>
        <translation>Dysk, na którym jest ten profil, został odłączony, więc Health Planner przestał zapisywać i zablokował profil. Podłącz go ponownie i otwórz profil jeszcze raz.</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" />
        <source>The drive you chose for the file went away. Put it back or choose another place, then try again.</source>
        <translation>Dysk wybrany dla pliku został odłączony. Podłącz go ponownie albo wybierz inne miejsce i spróbuj ponownie.</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" />
        <source>This profile is open in another Health Planner on this PC since %1. You can open it read-only.</source>
        <translation>Ten profil jest otwarty w innym oknie Health Planner na tym komputerze od %1. Możesz otworzyć go tylko do odczytu.</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" />
        <source>This profile is open in Health Planner on the PC called “%1” since %2. You can open it read-only.</source>
        <translation>Ten profil jest otwarty w Health Planner na komputerze „%1” od %2. Możesz otworzyć go tylko do odczytu.</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="+164" />
        <source>That passphrase does not open this profile.</source>
        <translation>To hasło nie otwiera tego profilu.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>This profile is not remembered on this computer.</source>
        <translation>Ten komputer nie pamięta tego profilu.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Give the profile a name.</source>
        <translation>Nadaj profilowi nazwę.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Profile names can be up to 40 characters.</source>
        <translation>Nazwa profilu może mieć najwyżej 40 znaków.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Profile names cannot contain control characters.</source>
        <translation>Nazwa profilu nie może zawierać znaków sterujących.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Use a passphrase of at least 4 characters.</source>
        <translation>Użyj hasła, które ma co najmniej 4 znaki.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The profile is locked.</source>
        <translation>Profil jest zablokowany.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>This computer has no secure keyring, so it cannot remember you.</source>
        <translation>Ten komputer nie ma bezpiecznego schowka na klucze, więc nie może cię zapamiętać.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The remembered key is damaged. Unlock with your passphrase.</source>
        <translation>Zapamiętany klucz jest uszkodzony. Odblokuj profil hasłem.</translation>
    </message>
    <message numerus="yes">
        <location line="+7" />
        <source>Too many wrong tries. Wait %n second(s), then try again.</source>
        <translation>
            <numerusform>Za dużo błędnych prób. Odczekaj %n sekundę i spróbuj ponownie.</numerusform>
            <numerusform>Za dużo błędnych prób. Odczekaj %n sekundy i spróbuj ponownie.</numerusform>
            <numerusform>Za dużo błędnych prób. Odczekaj %n sekund i spróbuj ponownie.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4" />
        <source>There is already a profile called “%1”.</source>
        <translation>Profil o nazwie „%1” już istnieje.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>There is no profile called “%1” here.</source>
        <translation>Nie ma tu profilu o nazwie „%1”.</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" />
        <source>That recovery code does not open this profile.</source>
        <translation>Ten kod odzyskiwania nie otwiera tego profilu.</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" />
        <source>The endpoint's security certificate could not be checked, so nothing was sent.</source>
        <translation>Nie udało się sprawdzić certyfikatu bezpieczeństwa serwera, więc nic nie zostało wysłane.</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" />
        <source>Could not reach the participation server. Your contributions are kept and will be sent later.</source>
        <translation>Nie można połączyć się z serwerem udziału. Twoje wpisy są zachowane i zostaną wysłane później.</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" />
        <source>The participation server is too slow, so this sync stopped. Your contributions are kept and will be sent later.</source>
        <translation>Serwer udziału odpowiada zbyt wolno, więc synchronizacja została przerwana. Twoje wpisy są zachowane i zostaną wysłane później.</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" />
        <source>The participation server's reply was cut short, so nothing from it was saved. Your contributions are kept and will be sent later.</source>
        <translation>Odpowiedź serwera udziału została ucięta, więc nic z niej nie zostało zapisane. Twoje wpisy są zachowane i zostaną wysłane później.</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" />
        <source>The participation server asked this app to wait longer than a sync may take. Your contributions are kept and will be sent later.</source>
        <translation>Serwer udziału kazał czekać dłużej, niż może trwać synchronizacja. Twoje wpisy są zachowane i zostaną wysłane później.</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" />
        <source>The participation server has a problem. Your contributions are kept and will be sent later.</source>
        <translation>Serwer udziału ma problem. Twoje wpisy są zachowane i zostaną wysłane później.</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" />
        <source>The participation server sent a reply this app does not understand. Nothing from it was saved.</source>
        <translation>Serwer udziału wysłał odpowiedź, której ta aplikacja nie rozumie. Nic z niej nie zostało zapisane.</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" />
        <source>The participation server's reply did not match what was sent.</source>
        <translation>Odpowiedź serwera udziału nie zgadza się z tym, co zostało wysłane.</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" />
        <source>The directory changed while downloading. Try again.</source>
        <translation>Katalog zmienił się w trakcie pobierania. Spróbuj ponownie.</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" />
        <source>The participation server said no (error %1).</source>
        <translation>Serwer udziału odmówił (błąd %1).</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" />
        <source>The participation server said no (error %1): %2</source>
        <translation>Serwer udziału odmówił (błąd %1): %2</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" />
        <source>The participation server sent more than this app accepts (%1 KB), so nothing from it was saved. Your contributions are kept and will be sent later.</source>
        <translation>Serwer udziału wysłał więcej, niż ta aplikacja przyjmuje (%1 KB), więc nic z tego nie zostało zapisane. Twoje wpisy są zachowane i zostaną wysłane później.</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" />
        <source>The participation server's directory is larger than this app accepts (more than %1 services or %2 MB), so it was not saved. The copy you had is kept.</source>
        <translation>Katalog serwera udziału jest większy, niż ta aplikacja przyjmuje (ponad %1 usług lub %2 MB), więc nie został zapisany. Poprzednia kopia jest zachowana.</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" />
        <source>%1’s access to %2 is view only: nothing can be changed.</source>
        <translation>Dostęp opiekuna %1 do profilu %2 pozwala tylko na podgląd: niczego nie można zmienić.</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" />
        <source>This access is view only: nothing can be changed.</source>
        <translation>Ten dostęp pozwala tylko na podgląd: niczego nie można zmienić.</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" />
        <source>%1’s access to %2 ended on %3. Ask %4 to renew it.</source>
        <translation>Dostęp opiekuna %1 do profilu %2 zakończył się %3. Poproś o odnowienie (%4).</translation>
    </message>
</context>
<context>
    <name>DeliberationDialog</name>
<message>
        <location filename="../../ui/dialogs/deliberation.py" />
        <source>Next: read the information</source>
        <translation>Dalej: przeczytaj informacje</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/deliberation.py" />
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/deliberation.py" />
        <source>I have read the information, go on</source>
        <translation>Przeczytałem informacje, przejdź dalej</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/deliberation.py" />
        <source>Add my answers to the send list</source>
        <translation>Dodaj moje odpowiedzi do listy do wysłania</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/deliberation.py" />
        <source>I have &amp;read it, go on</source>
        <translation>Przeczytane, &amp;idź dalej</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/deliberation.py" />
        <source>Step 3 of 3. Now that you have seen the information, what do you think?</source>
        <translation>Krok 3 z 3. Teraz, gdy znasz już te informacje, co myślisz?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/deliberation.py" />
        <source>The information: {title}</source>
        <translation>Informacje: {title}</translation>
    </message>
<message>
        <location filename="../../ui/dialogs/deliberation.py" />
        <source>Step 1 of 3. What do you think now? You will read some information next, then answer the same questions again.</source>
        <translation>Krok 1 z 3. Co myślisz teraz? Za chwilę przeczytasz kilka informacji, a potem odpowiesz ponownie na te same pytania.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/deliberation.py" />
        <source>&amp;Back</source>
        <translation>&amp;Wstecz</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/deliberation.py" />
        <source>Skip reading the information and go on</source>
        <translation>Pomiń czytanie informacji i przejdź dalej</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/deliberation.py" />
        <source>Cancel, send nothing</source>
        <translation>Anuluj, nic nie wysyłaj</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/deliberation.py" />
        <source>&amp;Next: the information</source>
        <translation>&amp;Dalej: informacje</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/deliberation.py" />
        <source>Back to the previous step</source>
        <translation>Wróć do poprzedniego kroku</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/deliberation.py" />
        <source>Step 2 of 3. Read this at your own pace; it is kept on this computer, so it reads without the internet. You may skip it: whether you read it or skipped it is sent with your answers.</source>
        <translation>Krok 2 z 3. Czytaj we własnym tempie; te informacje są zapisane na tym komputerze, więc można je czytać bez internetu. Możesz je pominąć: razem z odpowiedziami wysyłana jest informacja, czy je przeczytałeś, czy pominąłeś.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/deliberation.py" />
        <source>&amp;Skip reading</source>
        <translation>&amp;Pomiń czytanie</translation>
    </message>
</context>
<context>
    <name>EasyRead</name>
<message>
        <source>A&amp;ll my appointments</source>
        <translation>&amp;Wszystkie moje wizyty</translation>
    </message>
    <message>
        <source>No appointments soon.</source>
        <translation>Wkrótce nie ma wizyt.</translation>
    </message>
<message>
        <source>Write your answer. Then press Enter.</source>
        <translation>Wpisz odpowiedź. Potem naciśnij Enter.</translation>
    </message>
    <message>
        <source>Answer questions about how you feel. Only you see the answers.</source>
        <translation>Odpowiedz na pytania o to, jak się czujesz. Tylko ty widzisz odpowiedzi.</translation>
    </message>
    <message>
        <source>My pl&amp;an</source>
        <translation>Mój &amp;plan</translation>
    </message>
    <message>
        <source>My me&amp;dicines</source>
        <translation>Moje &amp;leki</translation>
    </message>
    <message>
        <source>&amp;Community help</source>
        <translation>&amp;Wsparcie w okolicy</translation>
    </message>
    <message>
        <source>&amp;New thing to write down</source>
        <translation>&amp;Nowa rzecz do zapisywania</translation>
    </message>
    <message>
        <source>Tick your goals for this plan.</source>
        <translation>Zaznacz swoje cele w tym planie.</translation>
    </message>
    <message>
        <source>What you will do. What your helpers will do.</source>
        <translation>Co zrobisz ty. Co zrobią twoi pomocnicy.</translation>
    </message>
    <message>
        <source>You do not write anything down yet.</source>
        <translation>Jeszcze niczego nie zapisujesz.</translation>
    </message>
    <message>
        <source>My g&amp;oals</source>
        <translation>Moje &amp;cele</translation>
    </message>
    <message>
        <source>Nothing more to do today.</source>
        <translation>Dziś nie ma nic więcej do zrobienia.</translation>
    </message>
</context>
<context>
    <name>FeedsPanel</name>
<message>
        <source>Borough directories (Open Referral UK feeds)</source>
        <translation>Katalogi dzielnic (kanały Open Referral UK)</translation>
    </message>
    <message>
        <source>Add the address of your borough's list of services, if it publishes one in the Open Referral UK format. The app downloads it and searches it with the rest, even with no internet. The feed sees only the app's requests, nothing about you.</source>
        <translation>Dodaj adres listy usług swojej dzielnicy, jeśli publikuje ją w formacie Open Referral UK. Aplikacja ją pobiera i przeszukuje razem z resztą, nawet bez internetu. Kanał widzi tylko zapytania aplikacji, nic o Tobie.</translation>
    </message>
    <message>
        <source>Directory feeds you added</source>
        <translation>Dodane przez Ciebie kanały katalogów</translation>
    </message>
    <message>
        <source>Feed &amp;address:</source>
        <translation>&amp;Adres kanału:</translation>
    </message>
    <message>
        <source>Address of a directory feed to add</source>
        <translation>Adres kanału katalogu do dodania</translation>
    </message>
    <message>
        <source>A&amp;dd feed</source>
        <translation>&amp;Dodaj kanał</translation>
    </message>
    <message>
        <source>Add this feed and download it</source>
        <translation>Dodaj ten kanał i pobierz go</translation>
    </message>
    <message>
        <source>&amp;Refresh feeds</source>
        <translation>&amp;Odśwież kanały</translation>
    </message>
    <message>
        <source>Download every feed again</source>
        <translation>Pobierz ponownie każdy kanał</translation>
    </message>
    <message>
        <source>Re&amp;move feed</source>
        <translation>&amp;Usuń kanał</translation>
    </message>
    <message>
        <source>Remove the selected feed</source>
        <translation>Usuń wybrany kanał</translation>
    </message>
    <message>
        <source>Feed download progress</source>
        <translation>Postęp pobierania kanału</translation>
    </message>
    <message numerus="yes">
        <source>{url}: %n service(s), refreshed {when}</source>
        <translation>
            <numerusform>{url}: %n usługa, odświeżono {when}</numerusform>
            <numerusform>{url}: %n usługi, odświeżono {when}</numerusform>
            <numerusform>{url}: %n usług, odświeżono {when}</numerusform>
        </translation>
    </message>
    <message>
        <source>{url}: not downloaded yet</source>
        <translation>{url}: jeszcze nie pobrano</translation>
    </message>
    <message numerus="yes">
        <source>Feed added: %n service(s) downloaded.</source>
        <translation>
            <numerusform>Dodano kanał: pobrano %n usługę.</numerusform>
            <numerusform>Dodano kanał: pobrano %n usługi.</numerusform>
            <numerusform>Dodano kanał: pobrano %n usług.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Feeds refreshed: %n service(s) new or changed.</source>
        <translation>
            <numerusform>Odświeżono kanały: %n usługa nowa lub zmieniona.</numerusform>
            <numerusform>Odświeżono kanały: %n usługi nowe lub zmienione.</numerusform>
            <numerusform>Odświeżono kanały: %n usług nowych lub zmienionych.</numerusform>
        </translation>
    </message>
    <message>
        <source>Feed removed, with its offline copy.</source>
        <translation>Usunięto kanał wraz z jego kopią offline.</translation>
    </message>
    <message>
        <source>Turn on "Download the list of local services" in Choices first.</source>
        <translation>Najpierw włącz „Pobierz listę lokalnych usług” w Wyborach.</translation>
    </message>
</context>
<context>
    <name>DecisionsView</name>
<message>
        <location filename="../../ui/views/decisions.py" />
        <source>&amp;New decision…</source>
        <translation>&amp;Nowa decyzja…</translation>
    </message>
    <message>
        <location filename="../../ui/views/decisions.py" />
        <source>Prepare an &amp;appointment…</source>
        <translation>Przygotuj &amp;wizytę…</translation>
    </message>
    <message>
        <location filename="../../ui/views/decisions.py" />
        <source>&amp;Record the decision…</source>
        <translation>&amp;Zapisz podjętą decyzję…</translation>
    </message>
    <message>
        <location filename="../../ui/views/decisions.py" />
        <source>, with {who}</source>
        <translation>, z: {who}</translation>
    </message>
    <message>
        <location filename="../../ui/views/decisions.py" />
        <source>About the chosen decision</source>
        <translation>O wybranej decyzji</translation>
    </message>
    <message>
        <location filename="../../ui/views/decisions.py" />
        <source>Add the Ask 3 Questions and BRAN questions to a coming appointment about the chosen decision</source>
        <translation>Dodaj pytania „Zadaj 3 pytania” i BRAN do nadchodzącej wizyty w sprawie wybranej decyzji</translation>
    </message>
    <message>
        <location filename="../../ui/views/decisions.py" />
        <source>Benefits: {text}</source>
        <translation>Korzyści: {text}</translation>
    </message>
    <message>
        <location filename="../../ui/views/decisions.py" />
        <source>Decided: {option}, {day}</source>
        <translation>Zdecydowano: {option}, {day}</translation>
    </message>
    <message>
        <location filename="../../ui/views/decisions.py" />
        <source>Deciding together</source>
        <translation>Decydujemy razem</translation>
    </message>
    <message>
        <location filename="../../ui/views/decisions.py" />
        <source>Decision aid: {title} ({address})</source>
        <translation>Pomoc w decyzji: {title} ({address})</translation>
    </message>
    <message>
        <location filename="../../ui/views/decisions.py" />
        <source>Decision saved.</source>
        <translation>Decyzja zapisana.</translation>
    </message>
    <message>
        <location filename="../../ui/views/decisions.py" />
        <source>Decisions I am making</source>
        <translation>Decyzje, które podejmuję</translation>
    </message>
    <message>
        <location filename="../../ui/views/decisions.py" />
        <source>For “{item}”: {text}</source>
        <translation>Dla „{item}”: {text}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/decisions.py" />
        <source>How involved I felt (collaboRATE): all three answers 9 at {top} of {count} appointments; average {mean} of 9</source>
        <translation>
            <numerusform>Jak bardzo czułem się zaangażowany (collaboRATE): wszystkie trzy odpowiedzi 9 na {top} z {count} wizyty; średnio {mean} z 9</numerusform>
            <numerusform>Jak bardzo czułem się zaangażowany (collaboRATE): wszystkie trzy odpowiedzi 9 na {top} z {count} wizyt; średnio {mean} z 9</numerusform>
            <numerusform>Jak bardzo czułem się zaangażowany (collaboRATE): wszystkie trzy odpowiedzi 9 na {top} z {count} wizyt; średnio {mean} z 9</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/views/decisions.py" />
        <source>No appointment is coming up. Add one on the Appointments screen first.</source>
        <translation>Nie ma nadchodzącej wizyty. Najpierw dodaj ją na ekranie Wizyty.</translation>
    </message>
    <message>
        <location filename="../../ui/views/decisions.py" />
        <source>No decisions yet. Choose New decision to write one down.</source>
        <translation>Nie ma jeszcze decyzji. Wybierz Nowa decyzja, aby ją zapisać.</translation>
    </message>
    <message>
        <location filename="../../ui/views/decisions.py" />
        <source>Not doing anything for now</source>
        <translation>Na razie nic nie robić</translation>
    </message>
    <message>
        <location filename="../../ui/views/decisions.py" />
        <source>Note of {day}: {text}</source>
        <translation>Notatka z {day}: {text}</translation>
    </message>
    <message>
        <location filename="../../ui/views/decisions.py" />
        <source>Options:</source>
        <translation>Możliwości:</translation>
    </message>
    <message>
        <location filename="../../ui/views/decisions.py" />
        <source>Record what was decided for the chosen decision, and how involved I felt</source>
        <translation>Zapisz, co postanowiono w wybranej sprawie i jak bardzo czułem się zaangażowany</translation>
    </message>
    <message>
        <location filename="../../ui/views/decisions.py" />
        <source>Risks: {text}</source>
        <translation>Ryzyka: {text}</translation>
    </message>
    <message>
        <location filename="../../ui/views/decisions.py" />
        <source>The chosen decision</source>
        <translation>Wybrana decyzja</translation>
    </message>
    <message>
        <location filename="../../ui/views/decisions.py" />
        <source>The questions are in the appointment's questions to ask.</source>
        <translation>Pytania są na liście pytań do zadania na wizycie.</translation>
    </message>
    <message>
        <location filename="../../ui/views/decisions.py" />
        <source>Write down a decision I am facing</source>
        <translation>Zapisz decyzję, przed którą stoję</translation>
    </message>
    <message>
        <location filename="../../ui/views/decisions.py" />
        <source>{option} (I am leaning towards this)</source>
        <translation>{option} (skłaniam się ku temu)</translation>
    </message>
    <message>
        <location filename="../../ui/views/decisions.py" />
        <source>{question} (decided {day})</source>
        <translation>{question} (zdecydowano {day})</translation>
    </message>
    <message>
        <location filename="../../ui/views/decisions.py" />
        <source>{question} (open)</source>
        <translation>{question} (otwarta)</translation>
    </message>
    <message>
        <location filename="../../ui/views/decisions.py" />
        <source>&amp;Options and notes…</source>
        <translation>&amp;Możliwości i notatki…</translation>
    </message>
    <message>
        <location filename="../../ui/views/decisions.py" />
        <source>How sure I feel: {certainty}</source>
        <translation>Jak bardzo jestem pewien: {certainty}</translation>
    </message>
    <message>
        <location filename="../../ui/views/decisions.py" />
        <source>Write the benefits and risks of each option, my leaning and a note, for the chosen decision</source>
        <translation>Zapisz korzyści i ryzyka każdej możliwości, moją skłonność i notatkę dla wybranej decyzji</translation>
    </message>
    <message>
        <location filename="../../ui/views/decisions.py" />
        <source>fairly sure</source>
        <translation>dość pewien</translation>
    </message>
    <message>
        <location filename="../../ui/views/decisions.py" />
        <source>not sure yet</source>
        <translation>jeszcze nie wiem</translation>
    </message>
    <message>
        <location filename="../../ui/views/decisions.py" />
        <source>sure</source>
        <translation>pewien</translation>
    </message>
    <message>
        <location filename="../../ui/views/decisions.py" />
        <source>Latest, {day}: {score} of 9.</source>
        <translation>Ostatnio, {day}: {score} z 9.</translation>
    </message>
    <message>
        <location filename="../../ui/views/decisions.py" />
        <source>How involved I felt at my appointments, in words</source>
        <translation>Jak bardzo czułem się zaangażowany podczas wizyt, opisane słowami</translation>
    </message>
    <message>
        <location filename="../../ui/views/decisions.py" />
        <source>How involved I felt, appointment by appointment</source>
        <translation>Jak bardzo czułem się zaangażowany, wizyta po wizycie</translation>
    </message>
    <message>
        <location filename="../../ui/views/decisions.py" />
        <source>Chart of how involved I felt at each appointment (collaboRATE, 0 to 9)</source>
        <translation>Wykres tego, jak bardzo czułem się zaangażowany podczas każdej wizyty (collaboRATE, od 0 do 9)</translation>
    </message>
    <message>
        <location filename="../../ui/views/decisions.py" />
        <source>No collaboRATE answers yet.</source>
        <translation>Nie ma jeszcze odpowiedzi collaboRATE.</translation>
    </message>
    <message>
        <location filename="../../ui/views/decisions.py" />
        <source>First, {day}: {score} of 9.</source>
        <translation>Za pierwszym razem, {day}: {score} z 9.</translation>
    </message>
    <message>
        <location filename="../../ui/views/decisions.py" />
        <source>No collaboRATE answers yet. After an appointment, choose Record the decision to say how involved you felt.</source>
        <translation>Nie ma jeszcze odpowiedzi collaboRATE. Po wizycie wybierz Zapisz podjętą decyzję, aby powiedzieć, jak bardzo czułeś się zaangażowany.</translation>
    </message>
    <message>
        <location filename="../../ui/views/decisions.py" />
        <source>collaboRATE (0 to 9)</source>
        <translation>collaboRATE (od 0 do 9)</translation>
    </message>
    <message>
        <location filename="../../ui/views/decisions.py" />
        <source>{sentence}.</source>
        <translation>{sentence}.</translation>
    </message>
    <message>
        <source>What are my options?</source>
        <translation>Jakie mam możliwości?</translation>
    </message>
    <message>
        <source>What are the pros and cons of each option for me?</source>
        <translation>Jakie są zalety i wady każdej z możliwości w moim przypadku?</translation>
    </message>
    <message>
        <source>How do I get support to help me make a decision that is right for me?</source>
        <translation>Gdzie znajdę wsparcie, aby podjąć decyzję, która jest dla mnie właściwa?</translation>
    </message>
    <message>
        <source>What are the benefits?</source>
        <translation>Jakie są korzyści?</translation>
    </message>
    <message>
        <source>What are the risks?</source>
        <translation>Jakie są zagrożenia?</translation>
    </message>
    <message>
        <source>What are the alternatives?</source>
        <translation>Jakie są inne możliwości?</translation>
    </message>
    <message>
        <source>What if I do nothing?</source>
        <translation>Co się stanie, jeśli nic nie zrobię?</translation>
    </message>
</context>
<context>
    <name>EditDecisionDialog</name>
<message>
        <location filename="../../ui/dialogs/decision.py" />
        <source>&amp;Benefits</source>
        <translation>&amp;Korzyści</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decision.py" />
        <source>&amp;Leaning towards</source>
        <translation>&amp;Skłaniam się ku</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decision.py" />
        <source>&amp;Note</source>
        <translation>&amp;Notatka</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decision.py" />
        <source>&amp;Option</source>
        <translation>&amp;Możliwość</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decision.py" />
        <source>&amp;Risks</source>
        <translation>&amp;Ryzyka</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decision.py" />
        <source>A note from a conversation about this decision</source>
        <translation>Notatka z rozmowy o tej decyzji</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decision.py" />
        <source>Fairly sure</source>
        <translation>Dość pewien</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decision.py" />
        <source>For “{item}”</source>
        <translation>Dla „{item}”</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decision.py" />
        <source>How s&amp;ure</source>
        <translation>Jak bardzo &amp;pewien</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decision.py" />
        <source>How sure I feel</source>
        <translation>Jak bardzo jestem pewien</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decision.py" />
        <source>Not said</source>
        <translation>Nie podano</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decision.py" />
        <source>Not sure yet</source>
        <translation>Jeszcze nie wiem</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decision.py" />
        <source>Note &amp;with</source>
        <translation>Notatka &amp;z kim</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decision.py" />
        <source>Options and notes</source>
        <translation>Możliwości i notatki</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decision.py" />
        <source>Save the options and notes</source>
        <translation>Zapisz możliwości i notatki</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decision.py" />
        <source>Sure</source>
        <translation>Pewien</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decision.py" />
        <source>The benefits of this option, in my words</source>
        <translation>Korzyści tej możliwości, moimi słowami</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decision.py" />
        <source>The option I am leaning towards</source>
        <translation>Możliwość, ku której się skłaniam</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decision.py" />
        <source>The option to write about</source>
        <translation>Możliwość, o której piszę</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decision.py" />
        <source>The risks of this option, in my words</source>
        <translation>Ryzyka tej możliwości, moimi słowami</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decision.py" />
        <source>What this option would mean for: {item}</source>
        <translation>Co ta możliwość oznaczałaby dla: {item}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decision.py" />
        <source>Who the conversation was with</source>
        <translation>Z kim była rozmowa</translation>
    </message>
</context>
<context>
    <name>FormErrors</name>
<message>
        <location filename="../../ui/widgets/forms.py" line="+108" />
        <source>Please fill this in.</source>
        <translation>Wypełnij to pole.</translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>This is too long. Use %n characters or fewer.</source>
        <translation>
            <numerusform>Ten tekst jest za długi. Wpisz najwyżej %n znak.</numerusform>
            <numerusform>Ten tekst jest za długi. Wpisz najwyżej %n znaki.</numerusform>
            <numerusform>Ten tekst jest za długi. Wpisz najwyżej %n znaków.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7" />
        <source>Enter a number, like 85 or 7.5.</source>
        <translation>Wpisz liczbę, np. 85 albo 7.5.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Enter a date.</source>
        <translation>Wpisz datę.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>This number is too small.</source>
        <translation>Ta liczba jest za mała.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>This number is too big.</source>
        <translation>Ta liczba jest za duża.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>This does not look right. Please check it.</source>
        <translation>To chyba nie jest dobrze. Sprawdź to.</translation>
    </message>
    <message>
        <location line="+23" />
        <source>Something went wrong and nothing was changed. Please try again.</source>
        <translation>Coś poszło nie tak i nic nie zostało zmienione. Spróbuj ponownie.</translation>
    </message>
</context>
<context>
    <name>Forms</name>
<message>
        <location filename="../../ui/forms.py" line="-42" />
        <source>Too short. Use at least 4 characters.</source>
        <translation>Za krótkie. Użyj co najmniej 4 znaków.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Strong. This passphrase is hard to guess.</source>
        <translation>Mocne. Trudno je odgadnąć.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Good. One more word would make it stronger.</source>
        <translation>Dobre. Jeszcze jedno słowo sprawi, że będzie mocniejsze.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Weak. Try 3 or 4 random words, like “yellow kettle river lamp”.</source>
        <translation>Słabe. Spróbuj 3 lub 4 przypadkowych słów, np. „żółty czajnik rzeka lampa”.</translation>
    </message>
    <message>
        <location line="+57" />
        <source>This computer ran out of memory. Close some other programs and try again.</source>
        <translation>Na komputerze zabrakło pamięci. Zamknij inne programy i spróbuj ponownie.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Health Planner could not read or save a file. Check the disk or USB stick is plugged in and not full, then try again.</source>
        <translation>Health Planner nie może odczytać ani zapisać pliku. Sprawdź, czy dysk lub pendrive jest podłączony i nie jest pełny, a potem spróbuj ponownie.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Sorry, something went wrong. Nothing was changed. Please try again. If it keeps happening, close Health Planner and open it again.</source>
        <translation>Przepraszamy, coś poszło nie tak. Nic nie zostało zmienione. Spróbuj ponownie. Jeśli to się powtarza, zamknij Health Planner i otwórz go jeszcze raz.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/forms.py" line="+22" />
        <source>Cancel without saving</source>
        <translation>Anuluj bez zapisywania</translation>
    </message>
</context>
<context>
    <name>GoalDialog</name>
<message>
        <location filename="../../ui/dialogs/goal_editor.py" line="+66" />
        <source>Change a goal</source>
        <translation>Zmień cel</translation>
    </message>
    <message>
        <location line="+0" />
        <source>New goal</source>
        <translation>Nowy cel</translation>
    </message>
    <message>
        <location line="+6" />
        <source>What is your goal?</source>
        <translation>Jaki jest twój cel?</translation>
    </message>
    <message>
        <location line="+1" />
        <source>For example: Walk 7,000 steps a day</source>
        <translation>Na przykład: 7000 kroków dziennie</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Why it matters to you</source>
        <translation>Dlaczego to dla ciebie ważne</translation>
    </message>
    <message>
        <location line="+4" />
        <source>How you will measure it</source>
        <translation>Jak to zmierzysz</translation>
    </message>
    <message>
        <location line="+1" />
        <source>I will not measure it</source>
        <translation>Nie będę tego mierzyć</translation>
    </message>
    <message>
        <location line="+4" />
        <location line="+125" />
        <source>Target</source>
        <translation>Cel liczbowy</translation>
    </message>
    <message>
        <location line="-122" />
        <source>Is more better, or less?</source>
        <translation>Lepiej więcej czy mniej?</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Start date</source>
        <translation>Data rozpoczęcia</translation>
    </message>
    <message>
        <location line="+1" />
        <source>I want to reach it &amp;by a date</source>
        <translation>Chcę to osiągnąć &amp;do określonego dnia</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Set a date to reach it by</source>
        <translation>Ustaw dzień, do którego to osiągniesz</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Date to reach it by</source>
        <translation>Dzień, do którego to osiągniesz</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Where this goal stands</source>
        <translation>Na jakim etapie jest ten cel</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Add it to my &amp;care plan</source>
        <translation>Dodaj do mojego &amp;planu opieki</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Add this goal to my care plan</source>
        <translation>Dodaj ten cel do mojego planu opieki</translation>
    </message>
    <message>
        <location line="+6" />
        <source>&amp;Goal</source>
        <translation>C&amp;el</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Why it matters</source>
        <translation>Dlacze&amp;go to ważne</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Measure with</source>
        <translation>&amp;Mierz za pomocą</translation>
    </message>
    <message>
        <location line="+9" />
        <source>&amp;Target</source>
        <translation>Cel &amp;liczbowy</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Start</source>
        <translation>&amp;Początek</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Reach it by</source>
        <translation>Osiągnij do</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Stat&amp;us</source>
        <translation>&amp;Stan</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Save this goal</source>
        <translation>Zapisz ten cel</translation>
    </message>
    <message>
        <location line="+60" />
        <source>out of 10</source>
        <translation>na 10</translation>
    </message>
    <message>
        <location line="+2" />
        <source>(1 for yes, 0 for no)</source>
        <translation>(1 to tak, 0 to nie)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Target in {unit}</source>
        <translation>Cel w jednostkach: {unit}</translation>
    </message>
    <message>
        <location line="+44" />
        <source>Enter the number you are aiming for, like 85 or 7000.</source>
        <translation>Wpisz liczbę, do której dążysz, np. 85 albo 7000.</translation>
    </message>
</context>
<context>
    <name>GoalsView</name>
<message>
        <location filename="../../ui/views/goals.py" line="+67" />
        <location line="+77" />
        <source>What matters to me and my goals</source>
        <translation>Co jest dla mnie ważne i moje cele</translation>
    </message>
    <message>
        <location line="-72" />
        <location line="+2" />
        <source>What matters to me</source>
        <translation>Co jest dla mnie ważne</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Something that matters to you</source>
        <translation>Coś, co jest dla ciebie ważne</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The things that matter most to you. They are part of your plan.</source>
        <translation>Rzeczy, które są dla ciebie najważniejsze. Są częścią twojego planu.</translation>
    </message>
    <message>
        <location line="+7" />
        <location line="+2" />
        <source>My goals</source>
        <translation>Moje cele</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Press Enter to change the chosen goal.</source>
        <translation>Naciśnij Enter, aby zmienić wybrany cel.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>&amp;New goal…</source>
        <translation>&amp;Nowy cel…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Make a new goal</source>
        <translation>Utwórz nowy cel</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Change…</source>
        <translation>&amp;Zmień…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Change the chosen goal</source>
        <translation>Zmień wybrany cel</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Mark as d&amp;one</source>
        <translation>Oznacz jako &amp;osiągnięty</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Mark the chosen goal as done</source>
        <translation>Oznacz wybrany cel jako osiągnięty</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Put on ho&amp;ld</source>
        <translation>&amp;Wstrzymaj</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Put the chosen goal on hold</source>
        <translation>Wstrzymaj wybrany cel</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Start again</source>
        <translation>Zacznij &amp;ponownie</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Start working on the chosen goal again</source>
        <translation>Znów pracuj nad wybranym celem</translation>
    </message>
    <message>
        <location line="+15" />
        <source>You have no goals yet. Choose New goal to make one.</source>
        <translation>Nie masz jeszcze celów. Wybierz „Nowy cel”, aby go utworzyć.</translation>
    </message>
    <message>
        <location line="+5" />
        <location line="+5" />
        <source>Progress</source>
        <translation>Postęp</translation>
    </message>
    <message>
        <location line="-2" />
        <source>Why it matters</source>
        <translation>Dlaczego to ważne</translation>
    </message>
    <message>
        <location line="+102" />
        <source>This goal is not measured with a tracker.</source>
        <translation>Ten cel nie jest mierzony.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Target: {target}. Nothing logged since the start yet.</source>
        <translation>Cel: {target}. Od początku nic jeszcze nie zapisano.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Latest: {latest}. Target: {target}. You have reached it!</source>
        <translation>Ostatnio: {latest}. Cel: {target}. Udało się!</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Latest: {latest}. Target: {target}. You are {percent}% of the way there.</source>
        <translation>Ostatnio: {latest}. Cel: {target}. Jesteś w {percent}% drogi.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Target: {target}</source>
        <translation>Cel: {target}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>By {day}</source>
        <translation>Do {day}</translation>
    </message>
    <message>
        <location line="+66" />
        <source>Changed what matters to me.</source>
        <translation>Zmieniono to, co jest dla mnie ważne.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Saved. Your plan has a new version.</source>
        <translation>Zapisano. Twój plan ma nową wersję.</translation>
    </message>
    <message>
        <location line="+27" />
        <source>Added the goal: {title}</source>
        <translation>Dodano cel: {title}</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Goal saved.</source>
        <translation>Cel zapisany.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Well done! The goal is marked as done.</source>
        <translation>Brawo! Cel jest oznaczony jako osiągnięty.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The goal is on hold. You can start again any time.</source>
        <translation>Cel jest wstrzymany. Możesz wrócić do niego w każdej chwili.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>You are working on this goal again.</source>
        <translation>Znów pracujesz nad tym celem.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Saved.</source>
        <translation>Zapisano.</translation>
    </message>
</context>
<context>
    <name>GpReport</name>
<message>
        <location filename="../../ui/printing.py" line="+79" />
        <source>About me</source>
        <translation>O mnie</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Borough</source>
        <translation>Dzielnica</translation>
    </message>
    <message>
        <location line="-1" />
        <source>Date of birth</source>
        <translation>Data urodzenia</translation>
    </message>
    <message>
        <location line="-12" />
        <source>Health summary</source>
        <translation>Podsumowanie zdrowia</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Health summary for {name}</source>
        <translation>Podsumowanie zdrowia: {name}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>I wrote this with the Health Planner app on {date}. It is my own record, not a medical record.</source>
        <translation>Napisałem(-am) to w aplikacji Health Planner dnia {date}. To mój własny zapis, a nie dokumentacja medyczna.</translation>
    </message>
    <message>
        <location line="+16" />
        <source>If things go wrong: my crisis plan</source>
        <translation>Gdy coś pójdzie źle: mój plan kryzysowy</translation>
    </message>
    <message>
        <location line="-3" />
        <source>My care and support plan</source>
        <translation>Mój plan opieki i wsparcia</translation>
    </message>
    <message>
        <location line="-1" />
        <source>My goals</source>
        <translation>Moje cele</translation>
    </message>
    <message>
        <location line="+6" />
        <source>My measurements</source>
        <translation>Moje pomiary</translation>
    </message>
    <message>
        <location line="-10" />
        <source>NHS number</source>
        <translation>Numer NHS</translation>
    </message>
    <message>
        <location line="-1" />
        <source>Name</source>
        <translation>Imię i nazwisko</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Questionnaires: my latest scores</source>
        <translation>Kwestionariusze: moje ostatnie wyniki</translation>
    </message>
    <message>
        <location line="-3" />
        <source>What I will do</source>
        <translation>Co zrobię</translation>
    </message>
    <message>
        <location line="-3" />
        <source>What matters to me</source>
        <translation>Co jest dla mnie ważne</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Who supports me</source>
        <translation>Kto mnie wspiera</translation>
    </message>
    <message>
        <source>Allergies and intolerances</source>
        <translation>Alergie i nietolerancje</translation>
    </message>
    <message>
        <source>Coming appointments</source>
        <translation>Nadchodzące wizyty</translation>
    </message>
    <message>
        <source>Medicines stopped or finished, {start} to {end}</source>
        <translation>Leki odstawione lub zakończone, od {start} do {end}</translation>
    </message>
    <message>
        <source>My health conditions</source>
        <translation>Moje choroby</translation>
    </message>
    <message>
        <source>My medicines</source>
        <translation>Moje leki</translation>
    </message>
    <message>
        <source>Questions I want to ask</source>
        <translation>Pytania, które chcę zadać</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" />
        <source>Decisions I am making</source>
        <translation>Decyzje, które podejmuję</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" />
        <source>Social prescribing summary</source>
        <translation>Podsumowanie skierowania do wsparcia społecznego</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" />
        <source>Social prescribing summary for {name}</source>
        <translation>Podsumowanie skierowania do wsparcia społecznego: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" />
        <source>I wrote this with the Health Planner app on {date} for my link worker. It is my own record.</source>
        <translation>Napisałem lub napisałam to w aplikacji Health Planner {date} dla mojego koordynatora wsparcia. To mój własny zapis.</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" />
        <source>My referral</source>
        <translation>Moje skierowanie</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" />
        <source>The support I chose</source>
        <translation>Wsparcie, które wybrałem lub wybrałam</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" />
        <source>Going, month by month</source>
        <translation>Obecność, miesiąc po miesiącu</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" />
        <source>How I have been: ONS4 check-ins</source>
        <translation>Jak się czułem lub czułam: ankiety ONS4</translation>
    </message>
    <message>
        <source>I need a British Sign Language interpreter.</source>
        <translation>Potrzebuję tłumacza brytyjskiego języka migowego (BSL).</translation>
    </message>
    <message>
        <source>Please give me information in large print.</source>
        <translation>Proszę o informacje dużą czcionką.</translation>
    </message>
    <message>
        <source>I would like someone to come with me.</source>
        <translation>Chcę, żeby ktoś przyszedł ze mną.</translation>
    </message>
    <message>
        <source>How to communicate with me</source>
        <translation>Jak się ze mną porozumiewać</translation>
    </message>
    <message>
        <source>Please give me information in easy read.</source>
        <translation>Proszę o informacje w tekście łatwym do czytania.</translation>
    </message>
</context>
<context>
    <name>ItemListEditor</name>
<message>
        <location filename="../../ui/views/plan.py" line="+88" />
        <source>Press Enter to change the chosen one.</source>
        <translation>Naciśnij Enter, aby zmienić wybrany element.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Add {noun}…</source>
        <translation>Dodaj: {noun}…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Add {noun}</source>
        <translation>Dodaj: {noun}</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Change…</source>
        <translation>Zmień…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Change the chosen {noun}</source>
        <translation>Zmień wybrany element: {noun}</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Remove</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Remove the chosen {noun}</source>
        <translation>Usuń wybrany element: {noun}</translation>
    </message>
</context>
<context>
    <name>LiveRegion</name>
<message>
        <location filename="../../ui/live.py" line="+52" />
        <source>{title}: {body}</source>
        <translation>{title}: {body}</translation>
    </message>
</context>
<context>
    <name>LogEntryDialog</name>
<message>
        <location filename="../../ui/dialogs/log_entry.py" line="+43" />
        <source>Change a log entry</source>
        <translation>Zmień wpis</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Add a log entry</source>
        <translation>Dodaj wpis</translation>
    </message>
    <message>
        <location line="+5" />
        <source>What you are logging</source>
        <translation>Co zapisujesz</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Value</source>
        <translation>Wartość</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Value from 0 to 10</source>
        <translation>Wartość od 0 do 10</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Yes</source>
        <translation>Tak</translation>
    </message>
    <message>
        <location line="+1" />
        <source>No</source>
        <translation>Nie</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Yes or no</source>
        <translation>Tak czy nie</translation>
    </message>
    <message>
        <location line="+3" />
        <source>What you want to write</source>
        <translation>Co chcesz napisać</translation>
    </message>
    <message>
        <location line="+9" />
        <source>When</source>
        <translation>Kiedy</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Note (you can leave this empty)</source>
        <translation>Notatka (możesz zostawić pustą)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>&amp;What</source>
        <translation>&amp;Co</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Value</source>
        <translation>&amp;Wartość</translation>
    </message>
    <message>
        <location line="+3" />
        <source>W&amp;hen</source>
        <translation>&amp;Kiedy</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Note</source>
        <translation>&amp;Notatka</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Save this entry</source>
        <translation>Zapisz ten wpis</translation>
    </message>
    <message>
        <location line="+46" />
        <source>In {unit}</source>
        <translation>W jednostkach: {unit}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Value in {unit}</source>
        <translation>Wartość w jednostkach: {unit}</translation>
    </message>
    <message>
        <location line="+42" />
        <source>Choose what you are logging.</source>
        <translation>Wybierz, co zapisujesz.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>This time is in the future. Check the date.</source>
        <translation>Ten czas jest w przyszłości. Sprawdź datę.</translation>
    </message>
</context>
<context>
    <name>LogTableModel</name>
<message>
        <location filename="../../ui/models/logs.py" line="+44" />
        <source>When</source>
        <translation>Kiedy</translation>
    </message>
    <message>
        <location line="+1" />
        <source>What</source>
        <translation>Co</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Value</source>
        <translation>Wartość</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Note</source>
        <translation>Notatka</translation>
    </message>
</context>
<context>
    <name>LogsView</name>
<message>
        <location filename="../../ui/views/logs.py" line="+64" />
        <location line="+95" />
        <source>Logs</source>
        <translation>Zapisy</translation>
    </message>
    <message>
        <location line="-83" />
        <source>&amp;Add an entry…</source>
        <translation>&amp;Dodaj wpis…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Add a log entry</source>
        <translation>Dodaj wpis</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Change…</source>
        <translation>&amp;Zmień…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Change the chosen entry</source>
        <translation>Zmień wybrany wpis</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Delete</source>
        <translation>&amp;Usuń</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Delete the chosen entry</source>
        <translation>Usuń wybrany wpis</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Track something &amp;new…</source>
        <translation>Śledź coś &amp;nowego…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Start tracking something new</source>
        <translation>Zacznij śledzić coś nowego</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Show entries for</source>
        <translation>Pokaż wpisy dla</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Show entries from</source>
        <translation>Pokaż wpisy z okresu</translation>
    </message>
    <message>
        <location line="+2" />
        <source>All time</source>
        <translation>Cały czas</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Last 7 days</source>
        <translation>Ostatnie 7 dni</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Last 30 days</source>
        <translation>Ostatnie 30 dni</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Last 12 months</source>
        <translation>Ostatnie 12 miesięcy</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Choose dates</source>
        <translation>Wybierz daty</translation>
    </message>
    <message>
        <location line="+6" />
        <source>From date</source>
        <translation>Od dnia</translation>
    </message>
    <message>
        <location line="+4" />
        <source>To date</source>
        <translation>Do dnia</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Number of entries</source>
        <translation>Liczba wpisów</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Log history</source>
        <translation>Historia zapisów</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Newest first. Press Enter to change an entry, Delete to delete it.</source>
        <translation>Najnowsze na górze. Naciśnij Enter, aby zmienić wpis, albo Delete, aby go usunąć.</translation>
    </message>
    <message>
        <location line="+16" />
        <source>&amp;Show:</source>
        <translation>&amp;Pokaż:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;From:</source>
        <translation>&amp;Okres:</translation>
    </message>
    <message>
        <location line="+4" />
        <source>to</source>
        <translation>do</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Chart &amp;of:</source>
        <translation>&amp;Wykres:</translation>
    </message>
    <message>
        <location line="+30" />
        <source>Everything</source>
        <translation>Wszystko</translation>
    </message>
    <message>
        <location line="+82" />
        <source>1 entry</source>
        <translation>1 wpis</translation>
    </message>
    <message numerus="yes">
        <location line="+0" />
        <source>%n entries</source>
        <translation>
            <numerusform>%n wpis</numerusform>
            <numerusform>%n wpisy</numerusform>
            <numerusform>%n wpisów</numerusform>
        </translation>
    </message>
    <message>
        <location line="+63" />
        <source>There is nothing to log yet.</source>
        <translation>Nie ma jeszcze czego zapisywać.</translation>
    </message>
    <message>
        <location line="+20" />
        <source>You can now log {label}.</source>
        <translation>Teraz możesz zapisywać: {label}.</translation>
    </message>
    <message>
        <location line="+26" />
        <source>Entry added.</source>
        <translation>Dodano wpis.</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Entry changed.</source>
        <translation>Zmieniono wpis.</translation>
    </message>
    <message numerus="yes">
        <location line="+23" />
        <source>Entry deleted. You can undo this for %n seconds.</source>
        <translation>
            <numerusform>Usunięto wpis. Możesz to cofnąć przez %n sekundę.</numerusform>
            <numerusform>Usunięto wpis. Możesz to cofnąć przez %n sekundy.</numerusform>
            <numerusform>Usunięto wpis. Możesz to cofnąć przez %n sekund.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Undo</source>
        <translation>&amp;Cofnij</translation>
    </message>
    <message>
        <location line="+19" />
        <source>The entry is back.</source>
        <translation>Wpis wrócił.</translation>
    </message>
    <message>
        <source>What to show on the chart</source>
        <translation>Co pokazać na wykresie</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
<message>
        <location filename="../../ui/mainwindow.py" />
        <source>You can look at everything, but saving is turned off.</source>
        <translation>Możesz wszystko przeglądać, ale zapisywanie jest wyłączone.</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="+216" />
        <location line="+290" />
        <source>Health Planner</source>
        <translation>Health Planner</translation>
    </message>
    <message>
        <location line="-289" />
        <source>&amp;Profile</source>
        <translation>&amp;Profil</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Lock</source>
        <translation>Za&amp;blokuj</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Switch profile</source>
        <translation>&amp;Zmień profil</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Quit</source>
        <translation>Za&amp;kończ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Go to</source>
        <translation>P&amp;rzejdź do</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Help</source>
        <translation>Pomo&amp;c</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;About Health Planner</source>
        <translation>&amp;O programie Health Planner</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Loc&amp;k</source>
        <translation>Za&amp;blokuj</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Lock Health Planner</source>
        <translation>Zablokuj Health Planner</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Lock now (Ctrl+L)</source>
        <translation>Zablokuj teraz (Ctrl+L)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Screens</source>
        <translation>Ekrany</translation>
    </message>
    <message>
        <location line="-9" />
        <source>Working…</source>
        <translation>Pracuję…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Working, please wait</source>
        <translation>Pracuję, proszę czekać</translation>
    </message>
    <message>
        <location line="+12" />
        <location line="+191" />
        <source>Profile: %1</source>
        <translation>Profil: %1</translation>
    </message>
    <message>
        <location line="-168" />
        <source>Settings</source>
        <translation>Ustawienia</translation>
    </message>
    <message>
        <location line="+173" />
        <source>Unlocked.</source>
        <translation>Odblokowano.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Locked. Type your passphrase to carry on.</source>
        <translation>Zablokowano. Wpisz hasło, aby kontynuować.</translation>
    </message>
    <message>
        <location line="+68" />
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location line="+13" />
        <source>About Health Planner</source>
        <translation>O programie Health Planner</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Health Planner, version %1</source>
        <translation>Health Planner, wersja %1</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Plan and keep track of your own health and care. Your information stays on this computer, locked with your passphrase.

Fonts: Noto Sans and Noto Naskh Arabic, SIL Open Font License 1.1.</source>
        <translation>Planuj i śledź swoje zdrowie i opiekę. Twoje informacje zostają na tym komputerze, zablokowane twoim hasłem.

Czcionki: Noto Sans i Noto Naskh Arabic, licencja SIL Open Font License 1.1.</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" />
        <source>%1, opened by %2 (carer)</source>
        <translation>%1, otwarty przez: %2 (opiekun)</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
<message>
        <location filename="../../ui/views/registry.py" line="+22" />
        <source>Today</source>
        <translation>Dzisiaj</translation>
    </message>
    <message>
        <location line="+1" />
        <source>What matters and goals</source>
        <translation>Co ważne i cele</translation>
    </message>
    <message>
        <location line="+1" />
        <source>My plan</source>
        <translation>Mój plan</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Logs</source>
        <translation>Zapisy</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Check-ins</source>
        <translation>Samopoczucie</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Taking part</source>
        <translation>Udział</translation>
    </message>
    <message>
        <location line="-3" />
        <source>Share and back up</source>
        <translation>Udostępnianie i kopie</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>Wizyty</translation>
    </message>
    <message>
        <source>Health summary</source>
        <translation>Podsumowanie zdrowia</translation>
    </message>
    <message>
        <source>Medicines</source>
        <translation>Leki</translation>
    </message>
    <message>
        <source>Community support</source>
        <translation>Wsparcie w społeczności</translation>
    </message>
    <message>
        <location filename="../../ui/views/screens.py" />
        <source>Deciding together</source>
        <translation>Decydujemy razem</translation>
    </message>
    <message>
        <location filename="../../ui/views/screens.py" />
        <source>My health budget</source>
        <translation>Mój budżet zdrowotny</translation>
    </message>
    <message>
        <location filename="../../ui/views/screens.py" />
        <source>Where I am treated</source>
        <translation>Gdzie się leczę</translation>
    </message>
    <message>
        <location filename="../../ui/views/screens.py" />
        <source>People I care for</source>
        <translation>Osoby, którymi się opiekuję</translation>
    </message>
</context>
<context>
    <name>NewDecisionDialog</name>
<message>
        <location filename="../../ui/dialogs/decision.py" />
        <source>&amp;Options</source>
        <translation>&amp;Możliwości</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decision.py" />
        <source>&amp;Question</source>
        <translation>&amp;Pytanie</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decision.py" />
        <source>A NICE patient decision aid for this decision</source>
        <translation>Pomoc NICE dla pacjenta w podjęciu tej decyzji</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decision.py" />
        <source>An option</source>
        <translation>Możliwość</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decision.py" />
        <source>Decision &amp;aid</source>
        <translation>Pomoc w &amp;decyzji</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decision.py" />
        <source>For example: Should I have a knee replacement?</source>
        <translation>Na przykład: Czy mam poddać się wymianie stawu kolanowego?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decision.py" />
        <source>No decision aid</source>
        <translation>Bez pomocy w decyzji</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decision.py" />
        <source>Save this decision</source>
        <translation>Zapisz tę decyzję</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decision.py" />
        <source>The decision I am facing</source>
        <translation>Decyzja, przed którą stoję</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decision.py" />
        <source>The options</source>
        <translation>Możliwości</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decision.py" />
        <source>The things that matter to me that this decision touches</source>
        <translation>To, co jest dla mnie ważne, a czego dotyczy ta decyzja</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decision.py" />
        <source>What &amp;matters to me</source>
        <translation>Co jest dla mnie &amp;ważne</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decision.py" />
        <source>Write down a decision</source>
        <translation>Zapisz decyzję</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decision.py" />
        <source>“Not doing anything for now” is always an option.</source>
        <translation>„Na razie nic nie robić” to zawsze jedna z możliwości.</translation>
    </message>
</context>
<context>
    <name>OnBehalfBox</name>
<message>
        <location filename="../../ui/views/caring_behalf.py" />
        <source>{name}'s profile is now theirs, with their own passphrase. Their new recovery code (write it down for them):
{code}</source>
        <translation>Profil ({name}) należy teraz do tej osoby, z jej własnym hasłem. Jej nowy kod odzyskiwania (zapisz go dla niej):
{code}</translation>
    </message>
    <message>
        <location filename="../../ui/views/caring_behalf.py" />
        <source>The recovery code of {name}'s profile. Give it to {name} or keep it with their papers: it opens the profile if you cannot.
{code}</source>
        <translation>Kod odzyskiwania profilu ({name}). Przekaż go tej osobie ({name}) albo trzymaj z jej dokumentami: otworzy profil, jeśli Ty nie możesz.
{code}</translation>
    </message>
    <message>
        <location filename="../../ui/views/caring_behalf.py" />
        <source>&amp;Hand it over</source>
        <translation>&amp;Przekaż go</translation>
    </message>
    <message>
        <location filename="../../ui/views/caring_behalf.py" />
        <source>&amp;Name:</source>
        <translation>&amp;Imię:</translation>
    </message>
    <message>
        <location filename="../../ui/views/caring_behalf.py" />
        <source>Agr&amp;eed by:</source>
        <translation>&amp;Kto się zgodził:</translation>
    </message>
    <message>
        <location filename="../../ui/views/caring_behalf.py" />
        <source>Who agreed to this profile being made</source>
        <translation>Kto zgodził się na utworzenie tego profilu</translation>
    </message>
    <message>
        <location filename="../../ui/views/caring_behalf.py" />
        <source>A recovery code, shown once</source>
        <translation>Kod odzyskiwania, pokazany tylko raz</translation>
    </message>
    <message>
        <location filename="../../ui/views/caring_behalf.py" />
        <source>The recovery code is written down</source>
        <translation>Kod odzyskiwania jest zapisany</translation>
    </message>
    <message>
        <location filename="../../ui/views/caring_behalf.py" />
        <source>New &amp;passphrase:</source>
        <translation>Nowe &amp;hasło:</translation>
    </message>
    <message>
        <location filename="../../ui/views/caring_behalf.py" />
        <source>The person's new passphrase</source>
        <translation>Nowe hasło tej osoby</translation>
    </message>
    <message>
        <location filename="../../ui/views/caring_behalf.py" />
        <source>A lasting power of attorney for health and welfare</source>
        <translation>Stałe pełnomocnictwo w sprawach zdrowia i opieki</translation>
    </message>
    <message>
        <location filename="../../ui/views/caring_behalf.py" />
        <source>For someone who cannot use Health Planner themselves. Say who agreed and on what basis; the person can take the profile over later with a passphrase of their own.</source>
        <translation>Dla kogoś, kto nie może sam korzystać z Health Planner. Podaj, kto się zgodził i na jakiej podstawie; ta osoba może później przejąć profil z własnym hasłem.</translation>
    </message>
    <message>
        <location filename="../../ui/views/caring_behalf.py" />
        <source>Make a profile on this person's behalf</source>
        <translation>Utwórz profil w imieniu tej osoby</translation>
    </message>
    <message>
        <location filename="../../ui/views/caring_behalf.py" />
        <source>The person's own consent</source>
        <translation>Zgoda samej tej osoby</translation>
    </message>
    <message>
        <location filename="../../ui/views/caring_behalf.py" />
        <source>It is &amp;written down</source>
        <translation>Jest &amp;zapisany</translation>
    </message>
    <message>
        <location filename="../../ui/views/caring_behalf.py" />
        <source>Type the person's name and who agreed to the profile.</source>
        <translation>Wpisz imię tej osoby i to, kto zgodził się na profil.</translation>
    </message>
    <message>
        <location filename="../../ui/views/caring_behalf.py" />
        <source>Give this profile to its person, with their own passphrase</source>
        <translation>Przekaż ten profil jego osobie, z jej własnym hasłem</translation>
    </message>
<message>
        <location filename="../../ui/views/caring_behalf.py" />
        <source>Make a profile for someone</source>
        <translation>Utwórz profil dla kogoś</translation>
    </message>
    <message>
        <location filename="../../ui/views/caring_behalf.py" />
        <source>The two passphrases are not the same.</source>
        <translation>Te dwa hasła nie są takie same.</translation>
    </message>
    <message>
        <location filename="../../ui/views/caring_behalf.py" />
        <source>Ba&amp;sis:</source>
        <translation>Pod&amp;stawa:</translation>
    </message>
    <message>
        <location filename="../../ui/views/caring_behalf.py" />
        <source>Hand this profile over</source>
        <translation>Przekaż ten profil</translation>
    </message>
    <message>
        <location filename="../../ui/views/caring_behalf.py" />
        <source>Ag&amp;ain:</source>
        <translation>Pow&amp;tórz:</translation>
    </message>
    <message>
        <location filename="../../ui/views/caring_behalf.py" />
        <source>On what basis they agreed</source>
        <translation>Na jakiej podstawie się zgodzono</translation>
    </message>
    <message>
        <location filename="../../ui/views/caring_behalf.py" />
        <source>The person's new passphrase again</source>
        <translation>Nowe hasło tej osoby jeszcze raz</translation>
    </message>
    <message>
        <location filename="../../ui/views/caring_behalf.py" />
        <source>The person's name for their profile</source>
        <translation>Imię tej osoby dla jej profilu</translation>
    </message>
    <message>
        <location filename="../../ui/views/caring_behalf.py" />
        <source>{name}'s profile was made on their behalf. With {name} here, they can take it over with a passphrase of their own; you keep your access until they take it back.</source>
        <translation>Profil ({name}) utworzono w imieniu tej osoby. Gdy {name} jest obok, może go przejąć z własnym hasłem; Ty zachowujesz dostęp, dopóki ta osoba go nie odbierze.</translation>
    </message>
    <message>
        <location filename="../../ui/views/caring_behalf.py" />
        <source>&amp;Make the profile</source>
        <translation>&amp;Utwórz profil</translation>
    </message>
</context>
<context>
    <name>OutcomeDialog</name>
<message>
        <location filename="../../ui/dialogs/decision.py" />
        <source>&amp;Decided</source>
        <translation>&amp;Postanowiono</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decision.py" />
        <source>&amp;When</source>
        <translation>&amp;Kiedy</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decision.py" />
        <source>How involved did you feel? From 0 (no effort was made) to 9 (every effort was made). These are the collaboRATE questions.</source>
        <translation>Jak bardzo czułeś się zaangażowany? Od 0 (nie podjęto żadnego wysiłku) do 9 (podjęto wszelki wysiłek). To pytania collaboRATE.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decision.py" />
        <source>How much effort was made to help you understand your health issues?</source>
        <translation>Ile wysiłku włożono, aby pomóc Ci zrozumieć Twoje problemy zdrowotne?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decision.py" />
        <source>How much effort was made to include what matters most to you in choosing what to do next?</source>
        <translation>Ile wysiłku włożono, aby przy wyborze dalszych kroków uwzględnić to, co jest dla Ciebie najważniejsze?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decision.py" />
        <source>How much effort was made to listen to the things that matter most to you about your health issues?</source>
        <translation>Ile wysiłku włożono, aby wysłuchać tego, co w Twoich problemach zdrowotnych jest dla Ciebie najważniejsze?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decision.py" />
        <source>Record the decision made</source>
        <translation>Zapisz podjętą decyzję</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decision.py" />
        <source>Save the decision made</source>
        <translation>Zapisz podjętą decyzję</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decision.py" />
        <source>The day the decision was made</source>
        <translation>Dzień podjęcia decyzji</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decision.py" />
        <source>The option chosen</source>
        <translation>Wybrana możliwość</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decision.py" />
        <source>Who the decision was made with</source>
        <translation>Z kim podjęto decyzję</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decision.py" />
        <source>With wh&amp;om</source>
        <translation>Z k&amp;im</translation>
    </message>
    <message>
        <source>These three questions have no validated translation in this app, so they are in English.</source>
        <translation>Te trzy pytania nie mają w aplikacji zweryfikowanego tłumaczenia, dlatego są po angielsku.</translation>
    </message>
</context>
<context>
    <name>PanelPage</name>
<message>
        <location filename="../../ui/views/participation_panel.py" line="+1" />
        <source>&amp;Join the panel</source>
        <translation>Do&amp;łącz do panelu</translation>
    </message>
    <message>
        <location filename="../../ui/views/participation_panel.py" line="+1" />
        <source>No invitations yet. Sync now checks for them.</source>
        <translation>Na razie brak zaproszeń. Synchronizacja sprawdza, czy są nowe.</translation>
    </message>
    <message>
        <location filename="../../ui/views/participation_panel.py" line="+1" />
        <source>You are invited to give your views. Answer in Surveys; your answers are sent with the surveys code, not the panel's.</source>
        <translation>Zapraszamy Cię do wyrażenia opinii. Odpowiedz w Ankietach; Twoje odpowiedzi są wysyłane z kodem ankiet, a nie panelu.</translation>
    </message>
    <message>
        <location filename="../../ui/views/participation_panel.py" line="+1" />
        <source>You are on the panel list. Your answers go with the next Sync now.</source>
        <translation>Jesteś na liście panelu. Twoje odpowiedzi zostaną wysłane przy następnej synchronizacji.</translation>
    </message>
    <message>
        <location filename="../../ui/views/participation_panel.py" line="+1" />
        <source>A consultation ({id}): turn on "Answer local surveys and consultations" to see it.</source>
        <translation>Konsultacje ({id}): włącz „Odpowiadaj na lokalne ankiety i konsultacje”, aby je zobaczyć.</translation>
    </message>
    <message>
        <location filename="../../ui/views/participation_panel.py" line="+1" />
        <source>Yes, I look after someone</source>
        <translation>Tak, opiekuję się kimś</translation>
    </message>
    <message>
        <location filename="../../ui/views/participation_panel.py" line="+1" />
        <source>&amp;Leave the panel</source>
        <translation>Opuść pane&amp;l</translation>
    </message>
    <message>
        <location filename="../../ui/views/participation_panel.py" line="+1" />
        <source>Exactly what the panel sends</source>
        <translation>Dokładnie to, co wysyła panel</translation>
    </message>
    <message>
        <location filename="../../ui/views/participation_panel.py" line="+1" />
        <source>Leave the panel and ask the server to delete your membership</source>
        <translation>Opuść panel i poproś serwer o usunięcie Twojego członkostwa</translation>
    </message>
    <message>
        <location filename="../../ui/views/participation_panel.py" line="+1" />
        <source>B&amp;orough:</source>
        <translation>&amp;Dzielnica:</translation>
    </message>
    <message>
        <location filename="../../ui/views/participation_panel.py" line="+1" />
        <source>Exactly what the panel sends:</source>
        <translation>Dokładnie to, co wysyła panel:</translation>
    </message>
    <message>
        <location filename="../../ui/views/participation_panel.py" line="+1" />
        <source>I would rather not say</source>
        <translation>Wolę nie mówić</translation>
    </message>
    <message>
        <location filename="../../ui/views/participation_panel.py" line="+1" />
        <source>Sa&amp;ve my answers</source>
        <translation>&amp;Zapisz moje odpowiedzi</translation>
    </message>
    <message>
        <location filename="../../ui/views/participation_panel.py" line="+1" />
        <source>Car&amp;er:</source>
        <translation>Opi&amp;ekun:</translation>
    </message>
    <message>
        <location filename="../../ui/views/participation_panel.py" line="+1" />
        <source>&amp;Age group:</source>
        <translation>&amp;Grupa wiekowa:</translation>
    </message>
    <message>
        <location filename="../../ui/views/participation_panel.py" line="+1" />
        <source>Whether you look after someone (optional)</source>
        <translation>Czy opiekujesz się kimś (nieobowiązkowe)</translation>
    </message>
    <message>
        <location filename="../../ui/views/participation_panel.py" line="+1" />
        <source>The borough where you live</source>
        <translation>Dzielnica, w której mieszkasz</translation>
    </message>
    <message>
        <location filename="../../ui/views/participation_panel.py" line="+1" />
        <source>Join the panel with these answers</source>
        <translation>Dołącz do panelu z tymi odpowiedziami</translation>
    </message>
    <message>
        <location filename="../../ui/views/participation_panel.py" line="+1" />
        <source>You are not on the panel.</source>
        <translation>Nie jesteś w panelu.</translation>
    </message>
<message>
        <location filename="../../ui/views/participation_panel.py" line="+1" />
        <source>Join a standing panel of people from your borough, so that consultations hear from people like you. You give only a few answers in broad groups. The server picks who is invited at random; staff never learn who was picked.</source>
        <translation>Dołącz do stałego panelu mieszkańców Twojej dzielnicy, aby konsultacje usłyszały głos osób takich jak Ty. Podajesz tylko kilka odpowiedzi w szerokich grupach. Serwer losowo wybiera, kto zostanie zaproszony; pracownicy nigdy nie dowiadują się, kogo wybrano.</translation>
    </message>
    <message>
        <location filename="../../ui/views/participation_panel.py" line="+1" />
        <source>You are on the panel. The server has your answers.</source>
        <translation>Jesteś w panelu. Serwer ma Twoje odpowiedzi.</translation>
    </message>
    <message>
        <location filename="../../ui/views/participation_panel.py" line="+1" />
        <source>Consultations you are invited to</source>
        <translation>Konsultacje, do których Cię zaproszono</translation>
    </message>
    <message>
        <location filename="../../ui/views/participation_panel.py" line="+1" />
        <source>You are joining the panel. Your answers go with the next Sync now.</source>
        <translation>Dołączasz do panelu. Twoje odpowiedzi zostaną wysłane przy następnej synchronizacji.</translation>
    </message>
    <message>
        <location filename="../../ui/views/participation_panel.py" line="+1" />
        <source>No</source>
        <translation>Nie</translation>
    </message>
    <message>
        <location filename="../../ui/views/participation_panel.py" line="+1" />
        <source>Your age group</source>
        <translation>Twoja grupa wiekowa</translation>
    </message>
</context>
<context>
    <name>Participation</name>
<message>
        <location filename="../../ui/views/participation.py" line="1" />
        <source>Tick all that apply.</source>
        <translation>Zaznacz wszystkie pasujące.</translation>
    </message>
    <message>
        <location filename="../../ui/views/participation.py" line="+72" />
        <source>Overall, how was your experience of our service?</source>
        <translation>Ogólnie, jakie były twoje doświadczenia z naszą usługą?</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Very good</source>
        <translation>Bardzo dobrze</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Good</source>
        <translation>Dobrze</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Neither good nor poor</source>
        <translation>Ani dobrze, ani źle</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Poor</source>
        <translation>Źle</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Very poor</source>
        <translation>Bardzo źle</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Don't know</source>
        <translation>Nie wiem</translation>
    </message>
    <message>
        <location line="+48" />
        <source>Feedback on a service: {rating}</source>
        <translation>Opinia o usłudze: {rating}</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Survey answer</source>
        <translation>Odpowiedź w ankiecie</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Wellbeing scores (with random noise)</source>
        <translation>Wyniki samopoczucia (z losowym szumem)</translation>
    </message>
    <message>
        <location line="+15" />
        <source>What you are agreeing to</source>
        <translation>Na co się zgadzasz</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Version {version} of this text.</source>
        <translation>Wersja {version} tego tekstu.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>I agree</source>
        <translation>Zgadzam się</translation>
    </message>
    <message>
        <location line="+4" />
        <location line="+8" />
        <source>Not now</source>
        <translation>Nie teraz</translation>
    </message>
    <message>
        <location line="-4" />
        <source>I agree to: {title}</source>
        <translation>Zgadzam się na: {title}</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Feedback on {name}</source>
        <translation>Opinia o: {name}</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Anything you want to add? (You do not have to.) Please do not write your name or health details.</source>
        <translation>Chcesz coś dodać? (Nie musisz.) Nie wpisuj swojego imienia i nazwiska ani informacji o zdrowiu.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Your comment</source>
        <translation>Twój komentarz</translation>
    </message>
    <message>
        <location line="+8" />
        <location line="+3" />
        <source>Add to the send list</source>
        <translation>Dodaj do listy do wysłania</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+3" />
        <location line="+79" />
        <location line="+3" />
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <location line="-70" />
        <source>Choose an answer first.</source>
        <translation>Najpierw wybierz odpowiedź.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Please keep your comment under 2,000 characters.</source>
        <translation>Komentarz musi mieć mniej niż 2000 znaków.</translation>
    </message>
    <message>
        <location line="+37" />
        <source>Your own words for: {question}</source>
        <translation>Twoimi słowami: {question}</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Your own words (you do not have to)</source>
        <translation>Twoimi słowami (nie musisz)</translation>
    </message>
    <message>
        <location line="+13" />
        <location line="+4" />
        <source>Add my answers to the send list</source>
        <translation>Dodaj moje odpowiedzi do listy do wysłania</translation>
    </message>
    <message>
        <location line="+507" />
        <source>Set the server address first.</source>
        <translation>Najpierw ustaw adres serwera.</translation>
    </message>
    <message>
        <source>What helped: {category} in {borough} (with random noise)</source>
        <translation>Co pomogło: {category}, {borough} (z losowym szumem)</translation>
    </message>
<message>
        <location filename="../../ui/views/participation.py" line="+0" />
        <source>Vote in a budget round</source>
        <translation>Głos w rundzie budżetowej</translation>
    </message>
    <message>
        <location filename="../../ui/views/participation.py" />
        <source>Answer before and after reading</source>
        <translation>Odpowiedź przed przeczytaniem i po nim</translation>
    </message>
</context>
<context>
    <name>ParticipationView</name>
<message>
        <location filename="../../ui/views/participation.py" line="1" />
        <source>This consultation has closed: these are its results.</source>
        <translation>Te konsultacje są już zamknięte: oto ich wyniki.</translation>
    </message>
    <message>
        <location filename="../../ui/views/participation.py" line="1" />
        <source>You said, we did</source>
        <translation>Wy powiedzieliście, my zrobiliśmy</translation>
    </message>
    <message>
        <location filename="../../ui/views/participation.py" line="1" />
        <source>{organisation}, {day}, about “{survey}”</source>
        <translation>{organisation}, {day}, w sprawie „{survey}”</translation>
    </message>
    <message>
        <location line="-475" />
        <source>Taking part</source>
        <translation>Udział</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Share your views with local services and see what other people say. Nothing leaves this computer unless you agree, one kind at a time.</source>
        <translation>Podziel się opinią z lokalnymi usługami i zobacz, co mówią inni. Nic nie opuszcza tego komputera bez twojej zgody, osobno dla każdego rodzaju.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Taking part sections</source>
        <translation>Części udziału</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Choices</source>
        <translation>&amp;Wybory</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Local &amp;services</source>
        <translation>Lokalne &amp;usługi</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Su&amp;rveys</source>
        <translation>&amp;Ankiety</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;What people say</source>
        <translation>&amp;Co mówią ludzie</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Se&amp;nt and waiting</source>
        <translation>W&amp;ysłane i czekające</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Read and choose</source>
        <translation>Przeczytaj i wybierz</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Read and choose: {title}</source>
        <translation>Przeczytaj i wybierz: {title}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Stop sharing</source>
        <translation>Przestań udostępniać</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Stop: {title}</source>
        <translation>Zatrzymaj: {title}</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Participation server</source>
        <translation>Serwer udziału</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Address:</source>
        <translation>Adres:</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Last sync:</source>
        <translation>Ostatnia synchronizacja:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>S&amp;ync now</source>
        <translation>&amp;Synchronizuj teraz</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Sync now</source>
        <translation>Synchronizuj teraz</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Sync progress</source>
        <translation>Postęp synchronizacji</translation>
    </message>
    <message>
        <location line="+12" />
        <source>What are you looking for? e.g. walking, food</source>
        <translation>Czego szukasz? np. spacery, jedzenie</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Search local services</source>
        <translation>Szukaj lokalnych usług</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Borough</source>
        <translation>Dzielnica</translation>
    </message>
    <message>
        <location line="+1" />
        <source>All of London</source>
        <translation>Cały Londyn</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Find:</source>
        <translation>&amp;Znajdź:</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Services found</source>
        <translation>Znalezione usługi</translation>
    </message>
    <message>
        <location line="+3" />
        <source>About this service</source>
        <translation>O tej usłudze</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Give &amp;feedback on this service</source>
        <translation>Wystaw &amp;opinię tej usłudze</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Give feedback on this service</source>
        <translation>Wystaw opinię tej usłudze</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Open surveys</source>
        <translation>Otwarte ankiety</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Answer this survey</source>
        <translation>&amp;Odpowiedz na tę ankietę</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Answer the chosen survey</source>
        <translation>Odpowiedz na wybraną ankietę</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Share how you feel (wellbeing)</source>
        <translation>Podziel się swoim samopoczuciem</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Your borough</source>
        <translation>Twoja dzielnica</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Share my latest scores</source>
        <translation>Udostępnij moje ostatnie wyniki</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Share my latest wellbeing scores</source>
        <translation>Udostępnij moje ostatnie wyniki samopoczucia</translation>
    </message>
    <message>
        <location line="+14" />
        <source>What people say</source>
        <translation>Co mówią ludzie</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Waiting to be sent. Choose one to see exactly what will be sent.</source>
        <translation>Czeka na wysłanie. Wybierz jeden element, aby zobaczyć dokładnie, co zostanie wysłane.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Waiting to be sent</source>
        <translation>Czeka na wysłanie</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Exactly what will be sent</source>
        <translation>Dokładnie to, co zostanie wysłane</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Do not send this</source>
        <translation>&amp;Nie wysyłaj tego</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Do not send the chosen item</source>
        <translation>Nie wysyłaj wybranego elementu</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Already sent</source>
        <translation>Już wysłane</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Already sent: what, when and where</source>
        <translation>Już wysłane: co, kiedy i dokąd</translation>
    </message>
    <message>
        <location line="+15" />
        <source>On. You agreed on {day}.</source>
        <translation>Włączone. Zgoda z dnia {day}.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Off. The text has changed; please read it again.</source>
        <translation>Wyłączone. Tekst się zmienił, przeczytaj go jeszcze raz.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Off. You stopped this on {day}.</source>
        <translation>Wyłączone. Zatrzymano {day}.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Off. Nothing is shared.</source>
        <translation>Wyłączone. Nic nie jest udostępniane.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>None yet. Add one in Settings.</source>
        <translation>Jeszcze nie ma. Dodaj go w Ustawieniach.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Never</source>
        <translation>Nigdy</translation>
    </message>
    <message>
        <location line="+15" />
        <source>No list of services yet. Turn on "Download the list of local services" in Choices, then press Sync now.</source>
        <translation>Nie ma jeszcze listy usług. Włącz „Pobierz listę lokalnych usług” w Wyborach, a potem naciśnij „Synchronizuj teraz”.</translation>
    </message>
    <message numerus="yes">
        <location line="+8" />
        <source>{count} services found.</source>
        <translation>
            <numerusform>Znaleziono {count} usługę.</numerusform>
            <numerusform>Znaleziono {count} usługi.</numerusform>
            <numerusform>Znaleziono {count} usług.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+42" />
        <source>Turn on "Answer local surveys and consultations" in Choices to see them.</source>
        <translation>Włącz „Odpowiadaj na lokalne ankiety i konsultacje” w Wyborach, aby je zobaczyć.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>No open surveys right now. Press Sync now to check.</source>
        <translation>Teraz nie ma otwartych ankiet. Naciśnij „Synchronizuj teraz”, aby sprawdzić.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Open surveys. Answer only what you want to.</source>
        <translation>Otwarte ankiety. Odpowiadaj tylko na to, na co chcesz.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>{title} (closes {day})</source>
        <translation>{title} (koniec {day})</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Turn on "Share how you feel, privately" in Choices to use this.</source>
        <translation>Włącz „Dziel się samopoczuciem anonimowo” w Wyborach, aby z tego korzystać.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Fill in the four wellbeing questions in Check-ins first.</source>
        <translation>Najpierw odpowiedz na cztery pytania o samopoczucie w części Samopoczucie.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Your scores from {day} will be mixed with random noise before they leave. About {n} in 10 of the numbers sent will be your real answers; the rest are random. No one can tell which.</source>
        <translation>Twoje wyniki z dnia {day} zostaną wymieszane z losowym szumem, zanim zostaną wysłane. Około {n} na 10 wysłanych liczb to twoje prawdziwe odpowiedzi, reszta jest losowa. Nikt nie wie, które są które.</translation>
    </message>
    <message>
        <location line="+23" />
        <source>No results yet. Results come with Sync now once you take part.</source>
        <translation>Nie ma jeszcze wyników. Pojawią się po „Synchronizuj teraz”, gdy weźmiesz udział.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Numbers from fewer than 10 people are hidden, so no one can be picked out.</source>
        <translation>Liczby od mniej niż 10 osób są ukryte, więc nikogo nie da się rozpoznać.</translation>
    </message>
    <message numerus="yes">
        <location line="+11" />
        <source>{n} people</source>
        <translation>
            <numerusform>{n} osoba</numerusform>
            <numerusform>{n} osoby</numerusform>
            <numerusform>{n} osób</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9" />
        <source>Services: people who said good or very good</source>
        <translation>Usługi: osoby, które oceniły dobrze lub bardzo dobrze</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Services rated good or very good</source>
        <translation>Usługi ocenione dobrze lub bardzo dobrze</translation>
    </message>
    <message>
        <location line="+17" />
        <source>How satisfied people are with life (0 to 10), by borough</source>
        <translation>Jak bardzo ludzie są zadowoleni z życia (od 0 do 10), według dzielnicy</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Life satisfaction by borough</source>
        <translation>Zadowolenie z życia według dzielnicy</translation>
    </message>
    <message>
        <location line="+20" />
        <source>{what}, sent {when} to {where}</source>
        <translation>{what}, wysłano {when} do {where}</translation>
    </message>
    <message>
        <location line="+35" />
        <source>Thank you. This is now on.</source>
        <translation>Dziękujemy. Teraz jest włączone.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Stop sharing?</source>
        <translation>Przestać udostępniać?</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Stop "{title}"? Nothing more will be sent, and the app will ask the server to delete what you sent for this.</source>
        <translation>Zatrzymać „{title}”? Nic więcej nie zostanie wysłane, a aplikacja poprosi serwer o usunięcie tego, co już wysłano.</translation>
    </message>
    <message>
        <location line="+23" />
        <source>Stopped. The server could not be reached; what you sent will be deleted at the next sync.</source>
        <translation>Zatrzymano. Nie udało się połączyć z serwerem; to, co wysłano, zostanie usunięte przy następnej synchronizacji.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Stopped. Nothing more will be sent.</source>
        <translation>Zatrzymano. Nic więcej nie zostanie wysłane.</translation>
    </message>
    <message>
        <location line="+33" />
        <source>You have not turned anything on, so nothing was sent.</source>
        <translation>Nic nie jest włączone, więc nic nie wysłano.</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Choose a service first.</source>
        <translation>Najpierw wybierz usługę.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Added to the send list. You can check it in Sent and waiting.</source>
        <translation>Dodano do listy do wysłania. Możesz to sprawdzić w części „Wysłane i czekające”.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Choose a survey first.</source>
        <translation>Najpierw wybierz ankietę.</translation>
    </message>
    <message>
        <location line="+14" />
        <source>You did not answer anything, so nothing was added.</source>
        <translation>Nie odpowiedziano na nic, więc nic nie dodano.</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Your scores, with noise added, are on the send list.</source>
        <translation>Twoje wyniki z dodanym szumem są na liście do wysłania.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Choose an item first.</source>
        <translation>Najpierw wybierz element.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>That item will not be sent.</source>
        <translation>Ten element nie zostanie wysłany.</translation>
    </message>
    <message>
        <source>What people who went to {category} in {borough} said</source>
        <translation>Co mówią osoby, które chodziły na: {category} ({borough})</translation>
    </message>
    <message numerus="yes">
        <location line="+0" />
        <source>{people} people went at least {sessions} times between them. On average, since they started: life satisfaction {satisfied}, feeling worthwhile {worthwhile}, happiness {happy}, anxiety {anxious} (each on a 0 to 10 scale; for anxiety, down is better).</source>
        <translation>
            <numerusform>Liczba osób: {people}; razem były tam co najmniej {sessions} raz. Średnio, od kiedy zaczęły: zadowolenie z życia {satisfied}, poczucie sensu {worthwhile}, szczęście {happy}, niepokój {anxious} (każde w skali od 0 do 10; przy niepokoju spadek jest dobry).</numerusform>
            <numerusform>Liczba osób: {people}; razem były tam co najmniej {sessions} razy. Średnio, od kiedy zaczęły: zadowolenie z życia {satisfied}, poczucie sensu {worthwhile}, szczęście {happy}, niepokój {anxious} (każde w skali od 0 do 10; przy niepokoju spadek jest dobry).</numerusform>
            <numerusform>Liczba osób: {people}; razem były tam co najmniej {sessions} razy. Średnio, od kiedy zaczęły: zadowolenie z życia {satisfied}, poczucie sensu {worthwhile}, szczęście {happy}, niepokój {anxious} (każde w skali od 0 do 10; przy niepokoju spadek jest dobry).</numerusform>
        </translation>
    </message>
    <message>
        <source>From</source>
        <translation>Źródło</translation>
    </message>
    <message>
        <source>It covers the participation server and these feeds: {feeds}.</source>
        <translation>Obejmuje serwer udziału i te kanały: {feeds}.</translation>
    </message>
    <message numerus="yes">
        <source>Sync finished. Sent {n} items.</source>
        <translation>
            <numerusform>Synchronizacja zakończona. Wysłano {n} element.</numerusform>
            <numerusform>Synchronizacja zakończona. Wysłano {n} elementy.</numerusform>
            <numerusform>Synchronizacja zakończona. Wysłano {n} elementów.</numerusform>
        </translation>
    </message>
    <message>
        <source>1 answer added to the send list.</source>
        <translation>Dodano 1 odpowiedź do listy do wysłania.</translation>
    </message>
    <message numerus="yes">
        <source>{n} answers added to the send list.</source>
        <translation>
            <numerusform>Dodano {n} odpowiedź do listy do wysłania.</numerusform>
            <numerusform>Dodano {n} odpowiedzi do listy do wysłania.</numerusform>
            <numerusform>Dodano {n} odpowiedzi do listy do wysłania.</numerusform>
        </translation>
    </message>
    <message>
        <source>1 service found.</source>
        <translation>Znaleziono 1 usługę.</translation>
    </message>
    <message>
        <source>1 person</source>
        <translation>1 osoba</translation>
    </message>
    <message>
        <source>&amp;Services</source>
        <translation>&amp;Usługi</translation>
    </message>
    <message>
        <source>Vie&amp;ws</source>
        <translation>&amp;Opinie</translation>
    </message>
    <message>
        <source>Se&amp;nt</source>
        <translation>W&amp;ysłane</translation>
    </message>
<message>
        <location filename="../../ui/views/participation.py" line="+0" />
        <source>&amp;Budgets</source>
        <translation>&amp;Budżety</translation>
    </message>
    <message>
        <source>Sync finished. Sent 1 item.</source>
        <translation>Synchronizacja zakończona. Wysłano 1 element.</translation>
    </message>
    <message>
        <location filename="../../ui/views/participation.py" line="+1" />
        <source>Pane&amp;l</source>
        <translation>Pane&amp;l</translation>
    </message>
    <message>
        <location filename="../../ui/views/participation.py" line="+1" />
        <source>Citi&amp;zens' panel</source>
        <translation>Panel &amp;obywatelski</translation>
    </message>
    <message>
        <location filename="../../ui/views/participation_deliberation.py" />
        <source>Each bar is the number after reading; beside it, before → after and the change.</source>
        <translation>Każdy słupek to liczba po przeczytaniu; obok: przed → po i zmiana.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/participation_deliberation.py" />
        <source>%n people read the information and answered both times.</source>
        <translation>
            <numerusform>%n osoba przeczytała informacje i odpowiedziała dwa razy.</numerusform>
            <numerusform>%n osoby przeczytały informacje i odpowiedziały dwa razy.</numerusform>
            <numerusform>%n osób przeczytało informacje i odpowiedziało dwa razy.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/views/participation_deliberation.py" />
        <source>{before} → {after} ({change:+d})</source>
        <translation>{before} → {after} ({change:+d})</translation>
    </message>
    <message>
        <location filename="../../ui/views/participation_deliberation.py" />
        <source>Fewer than 10 people have read the information and answered both times, so nothing is shown yet.</source>
        <translation>Mniej niż 10 osób przeczytało informacje i odpowiedziało dwa razy, więc na razie nic nie jest pokazywane.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/participation_deliberation.py" />
        <source>Your answers before and after reading: %n question(s) added to the send list.</source>
        <translation>
            <numerusform>Twoje odpowiedzi przed przeczytaniem i po nim: dodano %n pytanie do listy do wysłania.</numerusform>
            <numerusform>Twoje odpowiedzi przed przeczytaniem i po nim: dodano %n pytania do listy do wysłania.</numerusform>
            <numerusform>Twoje odpowiedzi przed przeczytaniem i po nim: dodano %n pytań do listy do wysłania.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/views/participation_deliberation.py" />
        <source>After the information, with before and the change</source>
        <translation>Po informacjach, z wynikiem sprzed i zmianą</translation>
    </message>
    <message>
        <location filename="../../ui/views/participation_deliberation.py" />
        <source>Before and after the information: {title}</source>
        <translation>Przed informacjami i po nich: {title}</translation>
    </message>
    <message>
        <location filename="../../ui/views/participation_deliberation.py" />
        <source>You did not answer any question both times, so nothing was added.</source>
        <translation>Na żadne pytanie nie odpowiedziałeś dwa razy, więc nic nie dodano.</translation>
    </message>
    <message>
        <location filename="../../ui/views/participation_account.py" line="1" />
        <source>To come: {title}</source>
        <translation>Przed nami: {title}</translation>
    </message>
    <message>
        <location filename="../../ui/views/participation_account.py" line="1" />
        <source>Reached: {title}</source>
        <translation>Osiągnięte: {title}</translation>
    </message>
    <message>
        <location filename="../../ui/views/participation_account.py" line="1" />
        <source>{day}: {status}, {percent}%. {text}</source>
        <translation>{day}: {status}, {percent}%. {text}</translation>
    </message>
    <message>
        <location filename="../../ui/views/participation_account.py" line="1" />
        <source>{title}: {percent}% complete</source>
        <translation>{title}: ukończono w {percent}%</translation>
    </message>
    <message>
        <location filename="../../ui/views/participation_account.py" line="1" />
        <source>&amp;Follow this commitment</source>
        <translation>&amp;Obserwuj to zobowiązanie</translation>
    </message>
    <message>
        <location filename="../../ui/views/participation_account.py" line="1" />
        <source>Dropped</source>
        <translation>Porzucone</translation>
    </message>
    <message>
        <location filename="../../ui/views/participation_account.py" line="1" />
        <source>(due {day})</source>
        <translation>(termin {day})</translation>
    </message>
    <message>
        <location filename="../../ui/views/participation_account.py" line="1" />
        <source>What they promised, and how far it has got</source>
        <translation>Co obiecali i jak daleko zaszli</translation>
    </message>
    <message>
        <location filename="../../ui/views/participation_account.py" line="1" />
        <source>{status}, {percent}% complete. {organisation}.</source>
        <translation>{status}, ukończono w {percent}%. {organisation}.</translation>
    </message>
    <message>
        <location filename="../../ui/views/participation_account.py" line="1" />
        <source>In progress</source>
        <translation>W toku</translation>
    </message>
    <message>
        <location filename="../../ui/views/participation_account.py" line="1" />
        <source>Done</source>
        <translation>Zrobione</translation>
    </message>
    <message>
        <location filename="../../ui/views/participation_account.py" line="1" />
        <source>Set the server address first.</source>
        <translation>Najpierw ustaw adres serwera.</translation>
    </message>
    <message>
        <location filename="../../ui/views/participation_account.py" line="1" />
        <source>Planned</source>
        <translation>Zaplanowane</translation>
    </message>
    <message>
        <location filename="../../ui/views/participation_account.py" line="1" />
        <source>Follow this commitment: {title}</source>
        <translation>Obserwuj to zobowiązanie: {title}</translation>
    </message>
    <message>
        <source>Citizens' panel</source>
        <translation>Panel obywatelski</translation>
    </message>
</context>
<context>
    <name>PassphraseField</name>
<message>
        <location filename="../../ui/views/start.py" line="+105" />
        <source>Show</source>
        <translation>Pokaż</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Show the passphrase</source>
        <translation>Pokaż hasło</translation>
    </message>
    <message>
        <location line="+26" />
        <source>Tip: 3 or 4 random words make a passphrase that is easy to remember and hard to guess.</source>
        <translation>Wskazówka: 3 lub 4 przypadkowe słowa to hasło łatwe do zapamiętania i trudne do odgadnięcia.</translation>
    </message>
</context>
<context>
    <name>PlanSections</name>
<message>
        <location filename="../../ui/views/plan_compare.py" line="+21" />
        <source>Title</source>
        <translation>Tytuł</translation>
    </message>
    <message>
        <location line="+1" />
        <source>What matters to me</source>
        <translation>Co jest dla mnie ważne</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Goals</source>
        <translation>Cele</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Actions</source>
        <translation>Działania</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Who supports me</source>
        <translation>Kto mnie wspiera</translation>
    </message>
    <message>
        <location line="+1" />
        <source>If things go wrong</source>
        <translation>Gdy coś pójdzie nie tak</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Review date</source>
        <translation>Data przeglądu</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Care coordinator</source>
        <translation>Koordynator opieki</translation>
    </message>
    <message>
        <location line="+15" />
        <source>(nothing yet)</source>
        <translation>(jeszcze nic)</translation>
    </message>
    <message>
        <location line="+12" />
        <source>(a goal that was deleted)</source>
        <translation>(usunięty cel)</translation>
    </message>
    <message>
        <location line="+17" />
        <source>by {who}</source>
        <translation>robi to: {who}</translation>
    </message>
    <message>
        <location line="+3" />
        <source>done</source>
        <translation>zrobione</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Warning signs</source>
        <translation>Znaki ostrzegawcze</translation>
    </message>
    <message>
        <location line="+1" />
        <source>What I will do</source>
        <translation>Co zrobię</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Who to contact</source>
        <translation>Z kim się skontaktować</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Crisis numbers</source>
        <translation>Numery na wypadek kryzysu</translation>
    </message>
    <message>
        <location line="+23" />
        <source>Version {n}, saved {day}</source>
        <translation>Wersja {n}, zapisana {day}</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Agreed with {who}</source>
        <translation>Uzgodniona z: {who}</translation>
    </message>
    <message>
        <location line="+4" />
        <source>{agreed} on {day}</source>
        <translation>{agreed}, dnia {day}</translation>
    </message>
    <message>
        <location line="+32" />
        <source>Section</source>
        <translation>Część</translation>
    </message>
    <message>
        <location line="+15" />
        <source>(changed)</source>
        <translation>(zmienione)</translation>
    </message>
    <message>
        <location line="+10" />
        <source>These two versions are the same.</source>
        <translation>Te dwie wersje są takie same.</translation>
    </message>
</context>
<context>
    <name>PlanView</name>
<message>
        <location filename="../../ui/views/plan.py" line="+48" />
        <location line="+19" />
        <source>My care and support plan</source>
        <translation>Mój plan opieki i wsparcia</translation>
    </message>
    <message>
        <location line="-10" />
        <source>Share my plan with my GP</source>
        <translation>Udostępnij mój plan lekarzowi rodzinnemu</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Plan pages</source>
        <translation>Części planu</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Edit my plan</source>
        <translation>&amp;Edytuj mój plan</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Versions</source>
        <translation>&amp;Wersje</translation>
    </message>
    <message>
        <location line="+22" />
        <source>About this plan</source>
        <translation>O tym planie</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Plan title</source>
        <translation>Tytuł planu</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Title</source>
        <translation>&amp;Tytuł</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Care coordinator</source>
        <translation>Koordynator opieki</translation>
    </message>
    <message>
        <location line="+1" />
        <source>For example: Dr A Khan, Lea Surgery</source>
        <translation>Na przykład: dr A. Khan, przychodnia Lea</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Care c&amp;oordinator</source>
        <translation>&amp;Koordynator opieki</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Set a &amp;review date</source>
        <translation>Ustaw datę &amp;przeglądu</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Set a review date</source>
        <translation>Ustaw datę przeglądu</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Review date</source>
        <translation>Data przeglądu</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Review</source>
        <translation>Przegląd</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Something that matters to you</source>
        <translation>Coś, co jest dla ciebie ważne</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Tick the goals that are part of this plan. You can make and change goals on the Goals page.</source>
        <translation>Zaznacz cele, które są częścią tego planu. Cele tworzysz i zmieniasz na stronie celów.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Goals in this plan</source>
        <translation>Cele w tym planie</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Press Space to tick or untick a goal.</source>
        <translation>Naciśnij spację, aby zaznaczyć lub odznaczyć cel.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>What you, or the people who support you, will do.</source>
        <translation>Co zrobisz ty lub osoby, które cię wspierają.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Actions</source>
        <translation>Działania</translation>
    </message>
    <message>
        <location line="+0" />
        <source>an action</source>
        <translation>działanie</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Who supports me</source>
        <translation>Kto mnie wspiera</translation>
    </message>
    <message>
        <location line="+0" />
        <source>a supporter</source>
        <translation>osobę wspierającą</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Signs that things are going wrong</source>
        <translation>Znaki, że dzieje się coś złego</translation>
    </message>
    <message>
        <location line="+1" />
        <source>What I will do</source>
        <translation>Co zrobię</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Who to contact</source>
        <translation>Z kim się skontaktować</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Numbers to call in a crisis</source>
        <translation>Numery na wypadek kryzysu</translation>
    </message>
    <message>
        <location line="+4" />
        <source>What I &amp;will do</source>
        <translation>&amp;Co zrobię</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Who to &amp;contact</source>
        <translation>Z kim się &amp;skontaktować</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Numbers to call in a crisis</source>
        <translation>&amp;Numery na wypadek kryzysu</translation>
    </message>
    <message>
        <location line="+17" />
        <source>&amp;Save my plan…</source>
        <translation>&amp;Zapisz mój plan…</translation>
    </message>
    <message>
        <location line="-20" />
        <source>S&amp;igns that things are going wrong</source>
        <translation>&amp;Znaki, że dzieje się coś złego</translation>
    </message>
    <message>
        <location line="-124" />
        <source>Share with &amp;my GP…</source>
        <translation>&amp;Udostępnij lekarzowi rodzinnemu…</translation>
    </message>
    <message>
        <location line="+145" />
        <source>Save my plan as a new version</source>
        <translation>Zapisz mój plan jako nową wersję</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Undo my changes</source>
        <translation>&amp;Cofnij moje zmiany</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Undo my changes since the last save</source>
        <translation>Cofnij zmiany od ostatniego zapisu</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Saved versions of my plan</source>
        <translation>Zapisane wersje mojego planu</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Compare this version</source>
        <translation>Porównaj tę wersję</translation>
    </message>
    <message>
        <location line="+2" />
        <source>With this version</source>
        <translation>Z tą wersją</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Only show what &amp;changed</source>
        <translation>Pokaż tylko &amp;zmiany</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Only show the sections that changed</source>
        <translation>Pokaż tylko części, które się zmieniły</translation>
    </message>
    <message>
        <location line="+2" />
        <source>What changed</source>
        <translation>Co się zmieniło</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The two versions side by side</source>
        <translation>Dwie wersje obok siebie</translation>
    </message>
    <message>
        <location line="+10" />
        <source>C&amp;ompare version</source>
        <translation>P&amp;orównaj wersję</translation>
    </message>
    <message>
        <location line="+7" />
        <source>&amp;with version</source>
        <translation>&amp;z wersją</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Saved ve&amp;rsions</source>
        <translation>Zapisane we&amp;rsje</translation>
    </message>
    <message>
        <location line="+30" />
        <source>You have changes that are not saved yet.</source>
        <translation>Masz zmiany, które nie są jeszcze zapisane.</translation>
    </message>
    <message>
        <location line="+25" />
        <source>Your plan was changed on another page. If you save, your plan will be what you see here.</source>
        <translation>Twój plan zmieniono na innej stronie. Jeśli zapiszesz, plan będzie taki, jak tutaj.</translation>
    </message>
    <message>
        <location line="+66" />
        <source>Version {n}, saved {day}</source>
        <translation>Wersja {n}, zapisana {day}</translation>
    </message>
    <message>
        <location line="+4" />
        <source>agreed with {who}</source>
        <translation>uzgodniona z: {who}</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Version {n}</source>
        <translation>Wersja {n}</translation>
    </message>
    <message>
        <location line="+37" />
        <source>There are no saved versions yet.</source>
        <translation>Nie ma jeszcze zapisanych wersji.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>What changed: {sections}.</source>
        <translation>Co się zmieniło: {sections}.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Nothing changed between these versions.</source>
        <translation>Między tymi wersjami nic się nie zmieniło.</translation>
    </message>
    <message>
        <location line="+168" />
        <source>Please check the parts marked below.</source>
        <translation>Sprawdź części oznaczone poniżej.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Nothing has changed, so there is nothing to save.</source>
        <translation>Nic się nie zmieniło, więc nie ma czego zapisać.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Your plan is saved as version {n}.</source>
        <translation>Twój plan jest zapisany jako wersja {n}.</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Your changes were undone.</source>
        <translation>Twoje zmiany zostały cofnięte.</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan.py" />
        <source>went {went}, missed {missed}</source>
        <translation>byłem lub byłam {went}, opuszczone {missed}</translation>
    </message>
    <message>
        <source>action</source>
        <translation>działanie</translation>
    </message>
    <message>
        <source>supporter</source>
        <translation>osoba wspierająca</translation>
    </message>
    <message>
        <source>The plan&apos;s sections</source>
        <translation>Części planu</translation>
    </message>
</context>
<context>
    <name>PrepareDialog</name>
<message>
        <location filename="../../ui/dialogs/decision.py" />
        <source>&amp;Appointment</source>
        <translation>&amp;Wizyta</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decision.py" />
        <source>Add the questions to the appointment</source>
        <translation>Dodaj pytania do wizyty</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decision.py" />
        <source>Prepare an appointment</source>
        <translation>Przygotuj wizytę</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decision.py" />
        <source>The Ask 3 Questions and the BRAN questions (Benefits, Risks, Alternatives, doing Nothing) will be added to the questions to ask at this appointment.</source>
        <translation>Pytania „Zadaj 3 pytania” i pytania BRAN (korzyści, ryzyka, alternatywy, nicnierobienie) zostaną dodane do pytań do zadania na tej wizycie.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decision.py" />
        <source>The coming appointment to prepare for</source>
        <translation>Nadchodząca wizyta, do której się przygotowuję</translation>
    </message>
</context>
<context>
    <name>Printing</name>
<message>
        <location filename="../../ui/printing.py" line="+181" />
        <source>Printed %1</source>
        <translation>Wydrukowano %1</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Page %1 of %2</source>
        <translation>Strona %1 z %2</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
<message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Zapisz</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Zapisz wszystko</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Otwórz</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Tak</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Tak dla &amp;wszystkich</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Nie</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>Ni&amp;e dla wszystkich</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Przerwij</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Ponów</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Zignoruj</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Odrzuć</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Pomoc</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Zastosuj</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Resetuj</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Przywróć domyślne</translation>
    </message>
</context>
<context>
    <name>QuestionnaireForm</name>
<message>
        <location filename="../../ui/views/checkins.py" line="-368" />
        <source>{n}. {text}</source>
        <translation>{n}. {text}</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Question {n}: {text}</source>
        <translation>Pytanie {n}: {text}</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Your result</source>
        <translation>Twój wynik</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Your score</source>
        <translation>Twój wynik punktowy</translation>
    </message>
    <message>
        <location line="+2" />
        <source>What your score means</source>
        <translation>Co oznacza twój wynik</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Check-in status</source>
        <translation>Stan wypełniania</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Save this check-in</source>
        <translation>&amp;Zapisz odpowiedzi</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Save this check-in: {name}</source>
        <translation>Zapisz odpowiedzi: {name}</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Start a &amp;new check-in</source>
        <translation>Zacznij &amp;od nowa</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Clear the answers and start again</source>
        <translation>Wyczyść odpowiedzi i zacznij od nowa</translation>
    </message>
    <message>
        <location line="+62" />
        <source>Score: {total} out of {most}. {band}.</source>
        <translation>Wynik: {total} na {most}. {band}.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Answer every question to see your score. 1 question to go.</source>
        <translation>Odpowiedz na wszystkie pytania, aby zobaczyć wynik. Zostało 1 pytanie.</translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>Answer every question to see your score. %n questions to go.</source>
        <translation>
            <numerusform>Odpowiedz na wszystkie pytania, aby zobaczyć wynik. Zostało %n pytanie.</numerusform>
            <numerusform>Odpowiedz na wszystkie pytania, aby zobaczyć wynik. Zostały %n pytania.</numerusform>
            <numerusform>Odpowiedz na wszystkie pytania, aby zobaczyć wynik. Zostało %n pytań.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6" />
        <source>Answer the questions to see what they mean.</source>
        <translation>Odpowiedz na pytania, aby zobaczyć, co oznaczają.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>{done} of {all} answered.</source>
        <translation>Odpowiedzi: {done} z {all}.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>There is no total score. Each answer has its own meaning, shown under it.</source>
        <translation>Nie ma wyniku łącznego. Każda odpowiedź ma własne znaczenie, opisane pod nią.</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Please answer question {numbers}.</source>
        <translation>Odpowiedz na pytanie {numbers}.</translation>
    </message>
    <message>
        <location line="+22" />
        <source>Saved on {when}. Thank you.</source>
        <translation>Zapisano {when}. Dziękujemy.</translation>
    </message>
</context>
<context>
    <name>QuickLogRow</name>
<message>
        <location filename="../../ui/views/today.py" line="+114" />
        <source>0 to 10</source>
        <translation>od 0 do 10</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Type a number from 0 to 10 and press Enter.</source>
        <translation>Wpisz liczbę od 0 do 10 i naciśnij Enter.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Number in {unit}</source>
        <translation>Liczba ({unit})</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Type a number and press Enter.</source>
        <translation>Wpisz liczbę i naciśnij Enter.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>A few words</source>
        <translation>Kilka słów</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Write a few words and press Enter.</source>
        <translation>Napisz kilka słów i naciśnij Enter.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Log {label}</source>
        <translation>Zapisz: {label}</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Save</source>
        <translation>Zapisz</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Save {label}</source>
        <translation>Zapisz: {label}</translation>
    </message>
    <message>
        <location line="+31" />
        <source>Last: {value}</source>
        <translation>Ostatnio: {value}</translation>
    </message>
</context>
<context>
    <name>ReceiptDialog</name>
<message>
        <location filename="../../ui/dialogs/budget.py" />
        <source>&amp;Save a copy…</source>
        <translation>&amp;Zapisz kopię…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/budget.py" />
        <source>Close the receipt</source>
        <translation>Zamknij paragon</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/budget.py" />
        <source>Receipt</source>
        <translation>Paragon</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/budget.py" />
        <source>Save a copy of the receipt</source>
        <translation>Zapisz kopię paragonu</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/budget.py" />
        <source>Save a copy of the receipt to a file</source>
        <translation>Zapisz kopię paragonu do pliku</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/budget.py" />
        <source>The photo of the receipt</source>
        <translation>Zdjęcie paragonu</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/budget.py" />
        <source>This receipt is a PDF. Save a copy to open it in a PDF reader.</source>
        <translation>Ten paragon jest plikiem PDF. Zapisz kopię, aby otworzyć ją w czytniku PDF.</translation>
    </message>
</context>
<context>
    <name>RecoveryCodeDialog</name>
<message>
        <location filename="../../ui/views/sharing.py" line="+463" />
        <source>I have &amp;written it down</source>
        <translation>&amp;Zapisałem(-am) go</translation>
    </message>
    <message>
        <location line="+2" />
        <source>I have written the recovery code down</source>
        <translation>Zapisałem(-am) kod odzyskiwania</translation>
    </message>
    <message>
        <location line="-22" />
        <source>If the passphrase of the restored profile is ever forgotten, this code is the only way back in. Write it down and keep it somewhere safe, away from this computer. It is shown only once.</source>
        <translation>Jeśli hasło przywróconego profilu zostanie kiedyś zapomniane, ten kod będzie jedynym sposobem, by do niego wrócić. Zapisz go i przechowuj w bezpiecznym miejscu, z dala od tego komputera. Jest pokazywany tylko raz.</translation>
    </message>
    <message>
        <location line="-7" />
        <source>Recovery code for {name}</source>
        <translation>Kod odzyskiwania dla profilu {name}</translation>
    </message>
    <message>
        <location line="+23" />
        <source>Recovery code: {code}</source>
        <translation>Kod odzyskiwania: {code}</translation>
    </message>
    <message>
        <location line="-21" />
        <source>Write down the recovery code for {name}</source>
        <translation>Zapisz kod odzyskiwania dla profilu {name}</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
<message>
        <location filename="../../ui/reminders.py" line="+45" />
        <location line="+36" />
        <source>Health Planner</source>
        <translation>Health Planner</translation>
    </message>
    <message>
        <location line="-35" />
        <source>Health Planner has a reminder</source>
        <translation>Health Planner ma dla ciebie przypomnienie</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Reminder</source>
        <translation>Przypomnienie</translation>
    </message>
    <message>
        <source>At {time}: {what}</source>
        <translation>O {time}: {what}</translation>
    </message>
    <message>
        <source>Time to take {what}</source>
        <translation>Pora przyjąć: {what}</translation>
    </message>
    <message>
        <location filename="../../ui/reminders.py" />
        <source>Running low on {name}: time to order more.</source>
        <translation>Kończy się {name}: czas zamówić więcej.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
<message>
        <location filename="../../ui/views/sharing.py" line="-132" />
        <source>&amp;Instead of this profile ({name})</source>
        <translation>&amp;Zamiast tego profilu ({name})</translation>
    </message>
    <message>
        <location line="+57" />
        <source>&amp;Restore</source>
        <translation>P&amp;rzywróć</translation>
    </message>
    <message>
        <location line="-15" />
        <source>&amp;To confirm, type “{name}”:</source>
        <translation>&amp;Aby potwierdzić, wpisz „{name}”:</translation>
    </message>
    <message>
        <location line="-45" />
        <source>As a &amp;new profile, next to this one</source>
        <translation>Jako &amp;nowy profil, obok tego</translation>
    </message>
    <message>
        <location line="+64" />
        <location line="+2" />
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <location line="-30" />
        <source>Everything in {name} will be replaced by what is in the backup. First, the profile as it is now is copied aside, still locked with its own passphrase, so it can be brought back if you need it.</source>
        <translation>Wszystko w profilu {name} zostanie zastąpione zawartością kopii zapasowej. Najpierw obecny profil zostanie odłożony jako kopia, nadal zablokowana własnym hasłem, aby w razie potrzeby można go było przywrócić.</translation>
    </message>
    <message>
        <location line="-14" />
        <source>Its pa&amp;ssphrase:</source>
        <translation>Jego &amp;hasło:</translation>
    </message>
    <message>
        <location line="-6" />
        <source>Leave empty for the name saved in the backup</source>
        <translation>Zostaw puste, aby użyć nazwy zapisanej w kopii</translation>
    </message>
    <message>
        <location line="-2" />
        <source>Name for the restored profile</source>
        <translation>Nazwa przywróconego profilu</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Passphrase for the restored profile</source>
        <translation>Hasło przywróconego profilu</translation>
    </message>
    <message>
        <location line="-3" />
        <source>Profile na&amp;me:</source>
        <translation>Nazwa pro&amp;filu:</translation>
    </message>
    <message>
        <location line="-16" />
        <source>Restore as a new profile</source>
        <translation>Przywróć jako nowy profil</translation>
    </message>
    <message>
        <location line="-10" />
        <source>Restore from a backup</source>
        <translation>Przywróć z kopii zapasowej</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Restore instead of this profile</source>
        <translation>Przywróć zamiast tego profilu</translation>
    </message>
    <message>
        <location line="+57" />
        <source>Restore the backup</source>
        <translation>Przywróć kopię zapasową</translation>
    </message>
    <message>
        <location line="-69" />
        <source>Restore {file}</source>
        <translation>Przywróć {file}</translation>
    </message>
    <message>
        <location line="+61" />
        <source>Restoring, please wait</source>
        <translation>Przywracanie, proszę czekać</translation>
    </message>
    <message>
        <location line="-29" />
        <source>T&amp;ype it again:</source>
        <translation>&amp;Wpisz je ponownie:</translation>
    </message>
    <message>
        <location line="-29" />
        <source>The &amp;backup's passphrase:</source>
        <translation>Hasło &amp;kopii zapasowej:</translation>
    </message>
    <message>
        <location line="-1" />
        <source>The backup's passphrase</source>
        <translation>Hasło kopii zapasowej</translation>
    </message>
    <message>
        <location line="+123" />
        <source>The new passphrase is too short. Use at least 4 characters.</source>
        <translation>Nowe hasło jest za krótkie. Użyj co najmniej 4 znaków.</translation>
    </message>
    <message>
        <location line="-3" />
        <source>The two new passphrases are different. Type them again.</source>
        <translation>Dwa nowe hasła się różnią. Wpisz je ponownie.</translation>
    </message>
    <message>
        <location line="-91" />
        <source>Type the new passphrase again</source>
        <translation>Wpisz nowe hasło ponownie</translation>
    </message>
    <message>
        <location line="+83" />
        <source>Type the passphrase the backup was saved with.</source>
        <translation>Wpisz hasło, którym zabezpieczono kopię zapasową.</translation>
    </message>
    <message>
        <location line="-64" />
        <source>Type the profile's name to confirm</source>
        <translation>Wpisz nazwę profilu, aby potwierdzić</translation>
    </message>
    <message>
        <location line="+67" />
        <source>Type the profile's name, {name}, exactly, to confirm.</source>
        <translation>Aby potwierdzić, wpisz dokładnie nazwę profilu: {name}.</translation>
    </message>
</context>
<context>
    <name>SaveVersionDialog</name>
<message>
        <location filename="../../ui/dialogs/plan_items.py" line="+150" />
        <source>Save a new version of my plan</source>
        <translation>Zapisz nową wersję mojego planu</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Your plan keeps every version. If you agreed this version with someone, such as your GP or care coordinator, you can say who.</source>
        <translation>Twój plan zachowuje każdą wersję. Jeśli uzgodniono tę wersję z kimś, na przykład z lekarzem rodzinnym lub koordynatorem opieki, możesz napisać z kim.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Agreed with (you can leave this empty)</source>
        <translation>Uzgodniono z (możesz zostawić puste)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>For example: Nurse Grace Owusu</source>
        <translation>Na przykład: pielęgniarka Grace Owusu</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Date it was agreed</source>
        <translation>Data uzgodnienia</translation>
    </message>
    <message>
        <location line="+7" />
        <source>What changed (you can leave this empty)</source>
        <translation>Co się zmieniło (możesz zostawić puste)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>For example: Added the lunch club</source>
        <translation>Na przykład: Dodano klub obiadowy</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Agreed with</source>
        <translation>&amp;Uzgodniono z</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Agreed &amp;on</source>
        <translation>&amp;Dnia</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;What changed</source>
        <translation>&amp;Co się zmieniło</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Save my plan as a new version</source>
        <translation>Zapisz mój plan jako nową wersję</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Go back without saving</source>
        <translation>Wróć bez zapisywania</translation>
    </message>
    <message>
        <location line="+13" />
        <source>This date is in the future. Check it.</source>
        <translation>Ta data jest w przyszłości. Sprawdź ją.</translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
<message>
        <location filename="../../ui/views/settings.py" line="+55" />
        <source>Settings</source>
        <translation>Ustawienia</translation>
    </message>
    <message>
        <location line="+33" />
        <source>Locking and privacy</source>
        <translation>Blokowanie i prywatność</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Lock after this many minutes without use</source>
        <translation>Zablokuj po tylu minutach bez używania</translation>
    </message>
    <message>
        <location line="+12" />
        <source>&amp;Shared computer mode</source>
        <translation>&amp;Tryb komputera wspólnego</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Shared computer mode</source>
        <translation>Tryb komputera wspólnego</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Remember me on this device</source>
        <translation>Zapamiętaj mnie na tym urządzeniu</translation>
    </message>
    <message>
        <location line="+5" />
        <source>You will not need your passphrase to open Health Planner on this computer. Only use this on a computer that is yours alone.</source>
        <translation>Nie będziesz potrzebować hasła, aby otworzyć Health Planner na tym komputerze. Używaj tego tylko na komputerze, z którego korzystasz sam lub sama.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Change your passphrase</source>
        <translation>Zmień hasło</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Current passphrase</source>
        <translation>Obecne hasło</translation>
    </message>
    <message>
        <location line="+3" />
        <source>New passphrase</source>
        <translation>Nowe hasło</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;New passphrase</source>
        <translation>&amp;Nowe hasło</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Type the new passphrase again</source>
        <translation>Wpisz nowe hasło jeszcze raz</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Type the new passphrase again</source>
        <translation>&amp;Wpisz nowe hasło jeszcze raz</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Change passphrase</source>
        <translation>Zmień hasło</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Your recovery code still works after you change your passphrase.</source>
        <translation>Po zmianie hasła twój kod odzyskiwania nadal działa.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Language and display</source>
        <translation>Język i wygląd</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Language</source>
        <translation>Język</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Colours</source>
        <translation>Kolory</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Light</source>
        <translation>Jasne</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Dark</source>
        <translation>Ciemne</translation>
    </message>
    <message>
        <location line="+1" />
        <source>High contrast</source>
        <translation>Wysoki kontrast</translation>
    </message>
    <message>
        <location line="+3" />
        <source>C&amp;olours:</source>
        <translation>&amp;Kolory:</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Text size</source>
        <translation>Wielkość tekstu</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Te&amp;xt size:</source>
        <translation>W&amp;ielkość tekstu:</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Reminders</source>
        <translation>Przypomnienia</translation>
    </message>
    <message>
        <location line="+25" />
        <source>Save the a&amp;ddress</source>
        <translation>Zapisz &amp;adres</translation>
    </message>
    <message>
        <location line="-152" />
        <source>Lock &amp;after this many minutes without use:</source>
        <translation>Blokuj po tylu &amp;minutach bez używania:</translation>
    </message>
    <message>
        <location line="+26" />
        <source>Remember &amp;me on this device</source>
        <translation>&amp;Zapamiętaj mnie na tym urządzeniu</translation>
    </message>
    <message>
        <location line="+22" />
        <source>C&amp;urrent passphrase</source>
        <translation>&amp;Obecne hasło</translation>
    </message>
    <message>
        <location line="+16" />
        <source>&amp;Change passphrase</source>
        <translation>Zmień &amp;hasło</translation>
    </message>
    <message>
        <location line="+24" />
        <source>&amp;Language:</source>
        <translation>&amp;Język:</translation>
    </message>
    <message>
        <location line="+41" />
        <source>Show my r&amp;eminders while Health Planner is open</source>
        <translation>Pokazuj moje przypomni&amp;enia, gdy Health Planner jest otwarty</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Show my reminders while Health Planner is open</source>
        <translation>Pokazuj moje przypomnienia, gdy Health Planner jest otwarty</translation>
    </message>
    <message>
        <location line="+7" />
        <source>When Health Planner is locked, a reminder only says “Health Planner has a reminder”, so nobody else can read it.</source>
        <translation>Gdy Health Planner jest zablokowany, przypomnienie mówi tylko „Health Planner ma dla ciebie przypomnienie”, więc nikt inny go nie przeczyta.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Taking part</source>
        <translation>Udział</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Participation server address</source>
        <translation>Adres serwera udziału</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Save the participation server address</source>
        <translation>Zapisz adres serwera udziału</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Ser&amp;ver:</source>
        <translation>&amp;Serwer:</translation>
    </message>
    <message>
        <location line="+5" />
        <source>None is set until you add one. Nothing is sent unless you agree in Taking part.</source>
        <translation>Nie ma żadnego, dopóki go nie dodasz. Nic nie jest wysyłane, jeśli się nie zgodzisz w części Udział.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Address saved.</source>
        <translation>Adres zapisany.</translation>
    </message>
    <message>
        <location line="+93" />
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <location line="+24" />
        <source>This computer will remember you.</source>
        <translation>Ten komputer będzie cię pamiętać.</translation>
    </message>
    <message>
        <location line="+17" />
        <source>This computer no longer remembers you.</source>
        <translation>Ten komputer już cię nie pamięta.</translation>
    </message>
    <message>
        <location line="+24" />
        <source>Type your current passphrase.</source>
        <translation>Wpisz obecne hasło.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The two new passphrases are different. Type them again.</source>
        <translation>Nowe hasła się różnią. Wpisz je jeszcze raz.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Your new passphrase is too short. Use at least 4 characters.</source>
        <translation>Nowe hasło jest za krótkie. Użyj co najmniej 4 znaków.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Changing your passphrase…</source>
        <translation>Zmieniam hasło…</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Your passphrase has been changed. Use the new one next time.</source>
        <translation>Hasło zostało zmienione. Następnym razem użyj nowego.</translation>
    </message>
    <message>
        <source>Easy read: short sentences, big buttons and pictures on Today, My plan and Check-ins</source>
        <translation>Tekst łatwy do czytania: krótkie zdania, duże przyciski i obrazki na ekranach Dzisiaj, Mój plan i Samopoczucie</translation>
    </message>
    <message>
        <source>Eas&amp;y read: short sentences, big buttons, pictures</source>
        <translation>Tekst łatwy do &amp;czytania: krótkie zdania, duże przyciski, obrazki</translation>
    </message>
    <message numerus="yes">
        <location line="+17" />
        <source>Shared computer mode locks after %n minutes.</source>
        <translation>
            <numerusform>W trybie komputera wspólnego blokada włącza się po %n minucie.</numerusform>
            <numerusform>W trybie komputera wspólnego blokada włącza się po %n minutach.</numerusform>
            <numerusform>W trybie komputera wspólnego blokada włącza się po %n minutach.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6" />
        <source>For a computer in a library, a surgery or a community centre.</source>
        <translation>Dla komputera w bibliotece, przychodni lub domu kultury.</translation>
    </message>
    <message numerus="yes">
        <location line="+0" />
        <source>It also locks when you minimise it, clears anything you copied after %n seconds, and does not remember anyone.</source>
        <translation>
            <numerusform>Blokuje się też po zminimalizowaniu okna, usuwa skopiowany tekst po %n sekundzie i nikogo nie zapamiętuje.</numerusform>
            <numerusform>Blokuje się też po zminimalizowaniu okna, usuwa skopiowany tekst po %n sekundach i nikogo nie zapamiętuje.</numerusform>
            <numerusform>Blokuje się też po zminimalizowaniu okna, usuwa skopiowany tekst po %n sekundach i nikogo nie zapamiętuje.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0" />
        <source>Shared computer mode locks after %n seconds.</source>
        <translation>
            <numerusform>W trybie komputera wspólnego blokada włącza się po %n sekundzie.</numerusform>
            <numerusform>W trybie komputera wspólnego blokada włącza się po %n sekundach.</numerusform>
            <numerusform>W trybie komputera wspólnego blokada włącza się po %n sekundach.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SharingView</name>
<message>
        <location filename="../../ui/views/sharing.py" line="-316" />
        <source>&amp;About me (name, borough)</source>
        <translation>&amp;O mnie (imię i nazwisko, dzielnica)</translation>
    </message>
    <message>
        <location line="+416" />
        <source>&amp;Back up and restore</source>
        <translation>&amp;Kopia i przywracanie</translation>
    </message>
    <message>
        <location line="-1" />
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <location line="-403" />
        <source>&amp;Measurements and charts</source>
        <translation>Pomiary i wykres&amp;y</translation>
    </message>
    <message>
        <location line="+705" />
        <source>&amp;Not now</source>
        <translation>&amp;Nie teraz</translation>
    </message>
    <message>
        <location line="-17" />
        <source>&amp;Open the backup</source>
        <translation>&amp;Otwórz kopię</translation>
    </message>
    <message>
        <location line="+90" />
        <source>&amp;Restore from a backup…</source>
        <translation>Przywróć z kopii &amp;zapasowej…</translation>
    </message>
    <message>
        <location line="-377" />
        <source>&amp;Share with my GP</source>
        <translation>&amp;Dla lekarza rodzinnego</translation>
    </message>
    <message>
        <location line="-411" />
        <source>&amp;What matters to me</source>
        <translation>Co jest dla mnie &amp;ważne</translation>
    </message>
    <message>
        <location line="+723" />
        <source>&amp;What needs fixing:</source>
        <translation>Co trzeba popra&amp;wić:</translation>
    </message>
    <message>
        <location line="-101" />
        <source>&amp;Which entries:</source>
        <translation>Które &amp;wpisy:</translation>
    </message>
    <message>
        <location line="+123" />
        <source>A backup is one file with everything in this profile, locked with a passphrase of its own. Keep it on a USB stick or another computer. Without its passphrase nobody can open it, not even you.</source>
        <translation>Kopia zapasowa to jeden plik ze wszystkim, co jest w tym profilu, zablokowany własnym hasłem. Przechowuj go na pendrivie lub innym komputerze. Bez tego hasła nikt go nie otworzy, nawet Ty.</translation>
    </message>
    <message>
        <location line="-343" />
        <source>A summary for your GP, your records for other apps, and backups. Nothing leaves this computer unless you save it somewhere yourself.</source>
        <translation>Podsumowanie dla lekarza rodzinnego, Twoje zapisy dla innych aplikacji i kopie zapasowe. Nic nie opuszcza tego komputera, dopóki sam(a) tego gdzieś nie zapiszesz.</translation>
    </message>
    <message>
        <location line="+286" />
        <source>About the chosen file</source>
        <translation>O wybranym pliku</translation>
    </message>
    <message>
        <location line="-18" />
        <source>Add log entries from a spreadsheet (CSV), records from a FHIR file made by this app, the records in a backup, or your phone's steps, weight, heart rate, blood pressure, sleep and blood glucose (Apple Health's export.zip, or Google Fit data from Google Takeout). Choose the file or drop it here. The whole file is checked first and you see what it holds before anything is added. If any line is wrong, nothing is changed and you see every line to fix.</source>
        <translation>Dodaj wpisy z arkusza kalkulacyjnego (CSV), zapisy z pliku FHIR utworzonego w tej aplikacji, zapisy z kopii zapasowej albo kroki, wagę, tętno, ciśnienie krwi, sen i poziom glukozy z telefonu (plik export.zip z Apple Health albo dane Google Fit z Google Takeout). Wybierz plik lub upuść go tutaj. Najpierw sprawdzany jest cały plik i widzisz, co zawiera, zanim cokolwiek zostanie dodane. Jeśli którykolwiek wiersz jest błędny, nic się nie zmienia, a Ty widzisz każdy wiersz do poprawienia.</translation>
    </message>
    <message>
        <location line="+41" />
        <source>Add these to my p&amp;rofile</source>
        <translation>Dodaj do &amp;mojego profilu</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Add what the file holds to my profile</source>
        <translation>Dodaj zawartość pliku do mojego profilu</translation>
    </message>
    <message>
        <location line="+551" />
        <source>Added to your profile from “{file}”: {what}.</source>
        <translation>Dodano do Twojego profilu z „{file}”: {what}.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Adding {file} to your profile…</source>
        <translation>Dodawanie {file} do Twojego profilu…</translation>
    </message>
    <message>
        <location line="-568" />
        <location line="+55" />
        <source>Backup p&amp;assphrase:</source>
        <translation>H&amp;asło kopii:</translation>
    </message>
    <message>
        <location line="+25" />
        <source>Bring a backup back as a new profile next to this one, or put it in place of this profile. You need the backup's passphrase.</source>
        <translation>Przywróć kopię zapasową jako nowy profil obok tego albo w miejsce tego profilu. Potrzebne jest hasło kopii.</translation>
    </message>
    <message>
        <location line="+95" />
        <source>CSV files (*.csv)</source>
        <translation>Pliki CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Calendar files (*.ics)</source>
        <translation>Pliki kalendarza (*.ics)</translation>
    </message>
    <message>
        <location line="-869" />
        <source>Ch&amp;eck-in scores (questionnaires)</source>
        <translation>Wyniki kwe&amp;stionariuszy</translation>
    </message>
    <message>
        <location line="+1209" />
        <source>Checking {file}…</source>
        <translation>Sprawdzanie {file}…</translation>
    </message>
    <message>
        <location line="-538" />
        <source>Choose a &amp;file to import…</source>
        <translation>Wybierz p&amp;lik do importu…</translation>
    </message>
    <message>
        <location line="+209" />
        <source>Choose a backup to restore</source>
        <translation>Wybierz kopię zapasową do przywrócenia</translation>
    </message>
    <message>
        <location line="-209" />
        <location line="+212" />
        <source>Choose a file to import</source>
        <translation>Wybierz plik do importu</translation>
    </message>
    <message>
        <location line="-321" />
        <source>Dates I choose</source>
        <translation>Wybrane przeze mnie daty</translation>
    </message>
    <message>
        <location line="+145" />
        <source>Do not import this file</source>
        <translation>Nie importuj tego pliku</translation>
    </message>
    <message>
        <location line="-303" />
        <source>E&amp;xport</source>
        <translation>&amp;Eksport</translation>
    </message>
    <message>
        <location line="+154" />
        <source>Every entry</source>
        <translation>Wszystkie wpisy</translation>
    </message>
    <message>
        <location line="+309" />
        <source>FHIR files (*.json)</source>
        <translation>Pliki FHIR (*.json)</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Files the planner reads (*.csv *.json *.hpbackup *.zip *.xml);;All files (*)</source>
        <translation>Pliki, które planer odczytuje (*.csv *.json *.hpbackup *.zip *.xml);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <location line="-310" />
        <source>From date</source>
        <translation>Data początkowa</translation>
    </message>
    <message>
        <location line="+295" />
        <source>Health Planner backups (*.hpbackup)</source>
        <translation>Kopie zapasowe Health Planner (*.hpbackup)</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Health Planner backups (*.hpbackup);;All files (*)</source>
        <translation>Kopie zapasowe Health Planner (*.hpbackup);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <location line="-890" />
        <source>Include: about me</source>
        <translation>Dołącz: o mnie</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Include: measurements and charts</source>
        <translation>Dołącz: pomiary i wykresy</translation>
    </message>
    <message>
        <location line="+449" />
        <source>Include: my NHS number</source>
        <translation>Dołącz: mój numer NHS</translation>
    </message>
    <message>
        <location line="-455" />
        <source>Include: my care and support plan</source>
        <translation>Dołącz: mój plan opieki i wsparcia</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Include: my crisis plan</source>
        <translation>Dołącz: mój plan kryzysowy</translation>
    </message>
    <message>
        <location line="+455" />
        <source>Include: my date of birth</source>
        <translation>Dołącz: moją datę urodzenia</translation>
    </message>
    <message>
        <location line="-459" />
        <source>Include: my goals</source>
        <translation>Dołącz: moje cele</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Include: my latest check-in scores</source>
        <translation>Dołącz: moje ostatnie wyniki kwestionariuszy</translation>
    </message>
    <message>
        <location line="-8" />
        <source>Include: what matters to me</source>
        <translation>Dołącz: co jest dla mnie ważne</translation>
    </message>
    <message>
        <location line="+606" />
        <source>Log entries for a spreadsheet (CSV)</source>
        <translation>Wpisy do arkusza kalkulacyjnego (CSV)</translation>
    </message>
    <message>
        <location line="+133" />
        <source>Make a backup</source>
        <translation>Utwórz kopię zapasową</translation>
    </message>
    <message>
        <location line="+572" />
        <source>Making the backup…</source>
        <translation>Tworzenie kopii zapasowej…</translation>
    </message>
    <message>
        <location line="-839" />
        <source>Measurements to chart</source>
        <translation>Pomiary na wykresach</translation>
    </message>
    <message>
        <location line="-14" />
        <source>My &amp;NHS number</source>
        <translation>Mój &amp;numer NHS</translation>
    </message>
    <message>
        <location line="-455" />
        <source>My &amp;care and support plan</source>
        <translation>Mój plan opieki i wsp&amp;arcia</translation>
    </message>
    <message>
        <location line="+2" />
        <source>My c&amp;risis plan</source>
        <translation>Mój plan kry&amp;zysowy</translation>
    </message>
    <message>
        <location line="+455" />
        <source>My da&amp;te of birth</source>
        <translation>Moja da&amp;ta urodzenia</translation>
    </message>
    <message>
        <location line="-459" />
        <source>My goa&amp;ls</source>
        <translation>Moje ce&amp;le</translation>
    </message>
    <message>
        <location line="+1209" />
        <source>Nothing has been added yet.</source>
        <translation>Nic jeszcze nie zostało dodane.</translation>
    </message>
    <message>
        <location line="+63" />
        <source>Nothing was imported.</source>
        <translation>Nic nie zaimportowano.</translation>
    </message>
    <message>
        <location line="-662" />
        <source>One row for each entry, oldest first, with the time and its time zone. Opens in Excel, LibreOffice and Numbers, and can be imported again.</source>
        <translation>Jeden wiersz na każdy wpis, od najstarszego, z godziną i strefą czasową. Otwiera się w Excelu, LibreOffice i Numbers i można go ponownie zaimportować.</translation>
    </message>
    <message>
        <location line="+86" />
        <source>Open the backup with this passphrase</source>
        <translation>Otwórz kopię tym hasłem</translation>
    </message>
    <message>
        <location line="+176" />
        <source>PDF files (*.pdf)</source>
        <translation>Pliki PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="-121" />
        <source>Passphrase for the backup</source>
        <translation>Hasło kopii zapasowej</translation>
    </message>
    <message>
        <location line="-270" />
        <source>Peri&amp;od:</source>
        <translation>&amp;Jaki okres:</translation>
    </message>
    <message>
        <location line="-2" />
        <source>Period for the measurements</source>
        <translation>Okres pomiarów</translation>
    </message>
    <message>
        <location line="+33" />
        <source>Pre&amp;view:</source>
        <translation>Pod&amp;gląd:</translation>
    </message>
    <message>
        <location line="-39" />
        <source>Press Space to include or leave out the chosen measurement.</source>
        <translation>Naciśnij spację, aby dołączyć lub pominąć wybrany pomiar.</translation>
    </message>
    <message>
        <location line="+35" />
        <source>Preview of the summary</source>
        <translation>Podgląd podsumowania</translation>
    </message>
    <message>
        <location line="-88" />
        <source>Progress</source>
        <translation>Postęp</translation>
    </message>
    <message>
        <location line="+748" />
        <source>Reading {file}…</source>
        <translation>Odczytywanie {file}…</translation>
    </message>
    <message>
        <location line="-534" />
        <source>Reminders and review dates for a calendar (iCalendar)</source>
        <translation>Przypomnienia i daty przeglądów do kalendarza (iCalendar)</translation>
    </message>
    <message>
        <location line="+140" />
        <location line="+12" />
        <source>Restore from a backup</source>
        <translation>Przywróć z kopii zapasowej</translation>
    </message>
    <message numerus="yes">
        <location line="+603" />
        <source>Restored the backup as the profile “{name}” ({n} log entries). To open it, lock this profile and choose it on the start screen.</source>
        <translation>
            <numerusform>Przywrócono kopię jako profil „{name}” ({n} wpis). Aby go otworzyć, zablokuj ten profil i wybierz tamten na ekranie startowym.</numerusform>
            <numerusform>Przywrócono kopię jako profil „{name}” ({n} wpisy). Aby go otworzyć, zablokuj ten profil i wybierz tamten na ekranie startowym.</numerusform>
            <numerusform>Przywrócono kopię jako profil „{name}” ({n} wpisów). Aby go otworzyć, zablokuj ten profil i wybierz tamten na ekranie startowym.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-30" />
        <location line="+37" />
        <source>Restoring the backup…</source>
        <translation>Przywracanie kopii zapasowej…</translation>
    </message>
    <message>
        <location line="-749" />
        <source>Save a &amp;calendar file…</source>
        <translation>Zapisz plik ka&amp;lendarza…</translation>
    </message>
    <message>
        <location line="+229" />
        <source>Save a backup</source>
        <translation>Zapisz kopię zapasową</translation>
    </message>
    <message>
        <location line="-112" />
        <source>Save a backup of this profile</source>
        <translation>Zapisz kopię zapasową tego profilu</translation>
    </message>
    <message>
        <location line="+111" />
        <source>Save a calendar file</source>
        <translation>Zapisz plik kalendarza</translation>
    </message>
    <message>
        <location line="-381" />
        <source>Save as PD&amp;F…</source>
        <translation>Zapisz jako PD&amp;F…</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Save for GP s&amp;ystems (FHIR)…</source>
        <translation>Zapisz dla systemów przyc&amp;hodni (FHIR)…</translation>
    </message>
    <message>
        <location line="+376" />
        <source>Save for GP systems</source>
        <translation>Zapisz dla systemów przychodni</translation>
    </message>
    <message>
        <location line="-375" />
        <source>Save for GP systems as a FHIR file</source>
        <translation>Zapisz dla systemów przychodni jako plik FHIR</translation>
    </message>
    <message>
        <location line="+376" />
        <source>Save log entries</source>
        <translation>Zapisz wpisy</translation>
    </message>
    <message>
        <location line="-249" />
        <source>Save log entries as CS&amp;V…</source>
        <translation>Zapisz wpisy jako CS&amp;V…</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Save log entries as CSV</source>
        <translation>Zapisz wpisy jako CSV</translation>
    </message>
    <message>
        <location line="+23" />
        <source>Save reminders and review dates as a calendar file</source>
        <translation>Zapisz przypomnienia i daty przeglądów jako plik kalendarza</translation>
    </message>
    <message>
        <location line="+116" />
        <source>Save the back&amp;up…</source>
        <translation>Zapisz k&amp;opię…</translation>
    </message>
    <message>
        <location line="-270" />
        <source>Save the summary as a PDF</source>
        <translation>Zapisz podsumowanie jako PDF</translation>
    </message>
    <message>
        <location line="+378" />
        <source>Save the summary for your GP</source>
        <translation>Zapisz podsumowanie dla lekarza rodzinnego</translation>
    </message>
    <message numerus="yes">
        <location line="+200" />
        <source>Saved a FHIR file with {n} records to {path}.</source>
        <translation>
            <numerusform>Zapisano plik FHIR z {n} rekordem w {path}.</numerusform>
            <numerusform>Zapisano plik FHIR z {n} rekordami w {path}.</numerusform>
            <numerusform>Zapisano plik FHIR z {n} rekordami w {path}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+232" />
        <source>Saved a backup with {n} log entries to {path}. Keep the backup passphrase safe: without it the backup cannot be opened.</source>
        <translation>
            <numerusform>Zapisano kopię zapasową z {n} wpisem w {path}. Przechowuj hasło kopii w bezpiecznym miejscu: bez niego kopii nie da się otworzyć.</numerusform>
            <numerusform>Zapisano kopię zapasową z {n} wpisami w {path}. Przechowuj hasło kopii w bezpiecznym miejscu: bez niego kopii nie da się otworzyć.</numerusform>
            <numerusform>Zapisano kopię zapasową z {n} wpisami w {path}. Przechowuj hasło kopii w bezpiecznym miejscu: bez niego kopii nie da się otworzyć.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-252" />
        <source>Saved the summary for your GP to {path}.</source>
        <translation>Zapisano podsumowanie dla lekarza rodzinnego w {path}.</translation>
    </message>
    <message numerus="yes">
        <location line="+58" />
        <source>Saved {n} calendar events to {path}.</source>
        <translation>
            <numerusform>Zapisano {n} wydarzenie kalendarza w {path}.</numerusform>
            <numerusform>Zapisano {n} wydarzenia kalendarza w {path}.</numerusform>
            <numerusform>Zapisano {n} wydarzeń kalendarza w {path}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-14" />
        <source>Saved {n} log entries to {path}.</source>
        <translation>
            <numerusform>Zapisano {n} wpis w {path}.</numerusform>
            <numerusform>Zapisano {n} wpisy w {path}.</numerusform>
            <numerusform>Zapisano {n} wpisów w {path}.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-3" />
        <source>Saving log entries…</source>
        <translation>Zapisywanie wpisów…</translation>
    </message>
    <message>
        <location line="-26" />
        <source>Saving the FHIR file…</source>
        <translation>Zapisywanie pliku FHIR…</translation>
    </message>
    <message>
        <location line="+40" />
        <source>Saving the calendar file…</source>
        <translation>Zapisywanie pliku kalendarza…</translation>
    </message>
    <message>
        <location line="-58" />
        <source>Saving the summary as a PDF…</source>
        <translation>Zapisywanie podsumowania jako PDF…</translation>
    </message>
    <message>
        <location line="-664" />
        <location line="+11" />
        <source>Share and back up</source>
        <translation>Udostępnianie i kopie zapasowe</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Sharing sections</source>
        <translation>Części udostępniania</translation>
    </message>
    <message>
        <location line="+351" />
        <source>T&amp;ype it again:</source>
        <translation>&amp;Wpisz je ponownie:</translation>
    </message>
    <message>
        <location line="-236" />
        <source>The PDF holds only what you ticked. The FHIR file is for GP computer systems: it holds your name, goals, plan, check-ins and the measurements from the period you chose, and your NHS number and date of birth if you ticked them.</source>
        <translation>PDF zawiera tylko to, co zaznaczysz. Plik FHIR jest dla systemów komputerowych przychodni: zawiera Twoje imię i nazwisko, cele, plan, kwestionariusze i pomiary z wybranego okresu, a także numer NHS i datę urodzenia, jeśli je zaznaczysz.</translation>
    </message>
    <message>
        <location line="+170" />
        <source>The backup's passphrase</source>
        <translation>Hasło kopii zapasowej</translation>
    </message>
    <message>
        <location line="+538" />
        <source>The file was not imported. Nothing was changed.</source>
        <translation>Plik nie został zaimportowany. Nic się nie zmieniło.</translation>
    </message>
    <message>
        <location line="-665" />
        <source>The last 3 months</source>
        <translation>Ostatnie 3 miesiące</translation>
    </message>
    <message>
        <location line="-1" />
        <source>The last month</source>
        <translation>Ostatni miesiąc</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The last year</source>
        <translation>Ostatni rok</translation>
    </message>
    <message>
        <location line="-57" />
        <source>The summary as it will be printed. Page numbers are added when it is saved.</source>
        <translation>Podsumowanie tak, jak zostanie wydrukowane. Numery stron są dodawane przy zapisie.</translation>
    </message>
    <message>
        <location line="+777" />
        <source>The two passphrases are different. Type them again.</source>
        <translation>Dwa hasła się różnią. Wpisz je ponownie.</translation>
    </message>
    <message numerus="yes">
        <location line="+67" />
        <source>This profile now holds the backup ({n} log entries). The profile as it was is kept, still locked, in {aside}.</source>
        <translation>
            <numerusform>Ten profil zawiera teraz kopię zapasową ({n} wpis). Poprzednia wersja profilu jest zachowana, nadal zablokowana, w {aside}.</numerusform>
            <numerusform>Ten profil zawiera teraz kopię zapasową ({n} wpisy). Poprzednia wersja profilu jest zachowana, nadal zablokowana, w {aside}.</numerusform>
            <numerusform>Ten profil zawiera teraz kopię zapasową ({n} wpisów). Poprzednia wersja profilu jest zachowana, nadal zablokowana, w {aside}.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-772" />
        <source>To date</source>
        <translation>Data końcowa</translation>
    </message>
    <message numerus="yes">
        <location line="-411" />
        <source>Too short for a backup: %n more character(s) needed.</source>
        <translation>
            <numerusform>Za krótkie dla kopii: potrzebny jeszcze %n znak.</numerusform>
            <numerusform>Za krótkie dla kopii: potrzebne jeszcze %n znaki.</numerusform>
            <numerusform>Za krótkie dla kopii: potrzeba jeszcze %n znaków.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+586" />
        <source>Type the backup passphrase again</source>
        <translation>Wpisz hasło kopii ponownie</translation>
    </message>
    <message>
        <location line="+269" />
        <source>Up to date.</source>
        <translation>Aktualny.</translation>
    </message>
    <message>
        <location line="-18" />
        <location line="+11" />
        <source>Updating…</source>
        <translation>Aktualizowanie…</translation>
    </message>
    <message numerus="yes">
        <location line="+265" />
        <source>Use a backup passphrase of at least %n characters.</source>
        <translation>
            <numerusform>Użyj hasła kopii, które ma co najmniej %n znak.</numerusform>
            <numerusform>Użyj hasła kopii, które ma co najmniej %n znaki.</numerusform>
            <numerusform>Użyj hasła kopii, które ma co najmniej %n znaków.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-1121" />
        <source>Use at least %n characters. 3 or 4 random words are easy to remember and hard to guess.</source>
        <translation>
            <numerusform>Użyj co najmniej %n znaku. 3 lub 4 przypadkowe słowa łatwo zapamiętać i trudno odgadnąć.</numerusform>
            <numerusform>Użyj co najmniej %n znaków. 3 lub 4 przypadkowe słowa łatwo zapamiętać i trudno odgadnąć.</numerusform>
            <numerusform>Użyj co najmniej %n znaków. 3 lub 4 przypadkowe słowa łatwo zapamiętać i trudno odgadnąć.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+560" />
        <source>What needs fixing in the file</source>
        <translation>Co trzeba poprawić w pliku</translation>
    </message>
    <message>
        <location line="-278" />
        <source>What to include</source>
        <translation>Co dołączyć</translation>
    </message>
    <message>
        <location line="+172" />
        <source>Which log entries to save</source>
        <translation>Które wpisy zapisać</translation>
    </message>
    <message>
        <location line="+22" />
        <source>Your reminders, the actions in your plan that repeat or have a date, and your plan's review date, as a file Outlook, Google Calendar or a phone can add to its calendar.</source>
        <translation>Twoje przypomnienia, działania z planu, które się powtarzają lub mają datę, oraz data przeglądu planu, jako plik, który Outlook, Kalendarz Google lub telefon może dodać do kalendarza.</translation>
    </message>
    <message>
        <location line="+560" />
        <source>a FHIR file</source>
        <translation>plikiem FHIR</translation>
    </message>
    <message>
        <location line="+1" />
        <source>a backup</source>
        <translation>kopią zapasową</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Zatrzymaj</translation>
    </message>
    <message>
        <source>Stop reading the phone export</source>
        <translation>Przestań odczytywać eksport z telefonu</translation>
    </message>
    <message>
        <source>an Apple Health export</source>
        <translation>eksportem z Apple Health</translation>
    </message>
    <message>
        <source>Google Fit data from Google Takeout</source>
        <translation>danymi Google Fit z Google Takeout</translation>
    </message>
    <message>
        <location line="-2" />
        <source>a spreadsheet file (CSV)</source>
        <translation>plikiem arkusza kalkulacyjnego (CSV)</translation>
    </message>
    <message>
        <location line="-1210" />
        <source>check-ins</source>
        <translation>kwestionariusze</translation>
    </message>
    <message>
        <location line="+2" />
        <source>choices about taking part</source>
        <translation>wybory dotyczące udziału</translation>
    </message>
    <message>
        <location line="+599" />
        <source>from</source>
        <translation>od</translation>
    </message>
    <message>
        <location line="-603" />
        <source>goals</source>
        <translation>cele</translation>
    </message>
    <message>
        <location line="+5" />
        <source>items waiting to be sent</source>
        <translation>elementy czekające na wysłanie</translation>
    </message>
    <message>
        <location line="-6" />
        <source>log entries</source>
        <translation>wpisy</translation>
    </message>
    <message>
        <location line="+69" />
        <source>nothing new</source>
        <translation>nic nowego</translation>
    </message>
    <message>
        <location line="-65" />
        <source>reminders</source>
        <translation>przypomnienia</translation>
    </message>
    <message>
        <location line="-5" />
        <source>things you track</source>
        <translation>rzeczy, które śledzisz</translation>
    </message>
    <message>
        <location line="+607" />
        <source>to</source>
        <translation>do</translation>
    </message>
    <message>
        <location line="-604" />
        <source>versions of a care plan</source>
        <translation>wersje planu opieki</translation>
    </message>
    <message>
        <location line="+1172" />
        <source>“{file}” is a Health Planner backup. Type its backup passphrase to see what is in it.</source>
        <translation>„{file}” to kopia zapasowa Health Planner. Wpisz jej hasło, aby zobaczyć, co zawiera.</translation>
    </message>
    <message>
        <location line="+44" />
        <source>“{file}” is {kind}. It holds: {what}.</source>
        <translation>„{file}” jest {kind}. Zawiera: {what}.</translation>
    </message>
    <message>
        <location line="+22" />
        <source>“{file}” was not imported, and nothing was changed. Fix what is listed below and try again.</source>
        <translation>„{file}” nie został zaimportowany i nic się nie zmieniło. Popraw to, co jest wymienione poniżej, i spróbuj ponownie.</translation>
    </message>
    <message>
        <location line="-93" />
        <source>… and {n} more.</source>
        <translation>… i jeszcze {n}.</translation>
    </message>
    <message>
        <location filename="../../ui/views/sharing.py" />
        <source>My me&amp;dicines</source>
        <translation>Leki, które przyjm&amp;uję</translation>
    </message>
    <message>
        <location filename="../../ui/views/sharing.py" />
        <source>Include: my medicines</source>
        <translation>Dołącz: moje leki</translation>
    </message>
    <message>
        <location filename="../../ui/views/sharing.py" />
        <source>My allergies</source>
        <translation>Moje alergie</translation>
    </message>
    <message>
        <location filename="../../ui/views/sharing.py" />
        <source>Include: my allergies</source>
        <translation>Dołącz: moje alergie</translation>
    </message>
    <message>
        <location filename="../../ui/views/sharing.py" />
        <source>My conditions, c&amp;urrent and past</source>
        <translation>Moje &amp;choroby, obecne i dawne</translation>
    </message>
    <message>
        <location filename="../../ui/views/sharing.py" />
        <source>Include: my conditions, current and past</source>
        <translation>Dołącz: moje choroby, obecne i dawne</translation>
    </message>
    <message>
        <location filename="../../ui/views/sharing.py" />
        <source>My coming appointments</source>
        <translation>Moje przyszłe wizyty</translation>
    </message>
    <message>
        <location filename="../../ui/views/sharing.py" />
        <source>Include: my coming appointments</source>
        <translation>Dołącz: moje przyszłe wizyty</translation>
    </message>
    <message>
        <source>Already in your profile, so left out: {what}.</source>
        <translation>Już jest w Twoim profilu, więc pominięto: {what}.</translation>
    </message>
    <message>
        <source>“{file}” is {kind}. New to your profile: {what}.</source>
        <translation>„{file}” jest {kind}. Nowe w Twoim profilu: {what}.</translation>
    </message>
    <message>
        <source>“{file}” is {kind}. Everything in it is in your profile already.</source>
        <translation>„{file}” jest {kind}. Wszystko, co zawiera, jest już w Twoim profilu.</translation>
    </message>
    <message>
        <source>medicines</source>
        <translation>leki</translation>
    </message>
    <message>
        <source>doses taken or missed</source>
        <translation>dawki przyjęte lub pominięte</translation>
    </message>
    <message>
        <source>appointments</source>
        <translation>wizyty</translation>
    </message>
    <message>
        <source>social prescribing referrals</source>
        <translation>skierowania do wsparcia społecznego</translation>
    </message>
    <message>
        <source>services you chose</source>
        <translation>wybrane przez Ciebie usługi</translation>
    </message>
    <message>
        <source>visits to services</source>
        <translation>wizyty w usługach</translation>
    </message>
    <message>
        <source>This profile now holds the backup (1 log entry). The profile as it was is kept, still locked, in {aside}.</source>
        <translation>Ten profil zawiera teraz kopię zapasową (1 wpis). Poprzednia wersja profilu jest zachowana, nadal zablokowana, w {aside}.</translation>
    </message>
    <message>
        <source>Restored the backup as the profile “{name}” (1 log entry). To open it, lock this profile and choose it on the start screen.</source>
        <translation>Przywrócono kopię jako profil „{name}” (1 wpis). Aby go otworzyć, zablokuj ten profil i wybierz tamten na ekranie startowym.</translation>
    </message>
    <message>
        <source>Saved 1 log entry to {path}.</source>
        <translation>Zapisano 1 wpis w {path}.</translation>
    </message>
    <message>
        <source>Saved 1 calendar event to {path}.</source>
        <translation>Zapisano 1 wydarzenie kalendarza w {path}.</translation>
    </message>
    <message>
        <source>Saved a FHIR file with 1 record to {path}.</source>
        <translation>Zapisano plik FHIR z 1 rekordem w {path}.</translation>
    </message>
    <message>
        <location filename="../../ui/views/sharing_gp.py" />
        <source>Include: decisions I am making</source>
        <translation>Dołącz: decyzje, które podejmuję</translation>
    </message>
    <message>
        <source>decisions</source>
        <translation>decyzje</translation>
    </message>
    <message>
        <source>referrals for treatment</source>
        <translation>skierowania na leczenie</translation>
    </message>
    <message>
        <source>personal health budgets</source>
        <translation>osobiste budżety zdrowotne</translation>
    </message>
    <message>
        <source>budget spends</source>
        <translation>wydatki z budżetu</translation>
    </message>
    <message>
        <source>receipts</source>
        <translation>paragony</translation>
    </message>
    <message>
        <source>&amp;Back up</source>
        <translation>&amp;Kopia</translation>
    </message>
    <message>
        <source>GP &amp;summary</source>
        <translation>&amp;Dla lekarza</translation>
    </message>
    <message>
        <source>Saved a backup with 1 log entry to {path}. Keep the backup passphrase safe: without it the backup cannot be opened.</source>
        <translation>Zapisano kopię zapasową z 1 wpisem w {path}. Przechowuj hasło kopii w bezpiecznym miejscu: bez niego kopii nie da się otworzyć.</translation>
    </message>
    <message>
        <location filename="../../ui/views/sharing_gp.py" />
        <source>Decisions I am making</source>
        <translation>Decyzje, które podejmuję</translation>
    </message>
</context>
<context>
    <name>SpendDialog</name>
<message>
        <location filename="../../ui/dialogs/budget.py" />
        <source>&amp;Amount (£)</source>
        <translation>&amp;Kwota (£)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/budget.py" />
        <source>Cate&amp;gory</source>
        <translation>Kate&amp;goria</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/budget.py" />
        <source>&amp;Day</source>
        <translation>&amp;Dzień</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/budget.py" />
        <source>&amp;Paid to</source>
        <translation>&amp;Komu zapłacono</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/budget.py" />
        <source>Choose a &amp;receipt…</source>
        <translation>Wybierz pa&amp;ragon…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/budget.py" />
        <source>Choose a photo or PDF of the receipt</source>
        <translation>Wybierz zdjęcie lub PDF paragonu</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/budget.py" />
        <source>Choose a receipt</source>
        <translation>Wybierz paragon</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/budget.py" />
        <source>Log a spend</source>
        <translation>Zapisz wydatek</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/budget.py" />
        <source>No receipt</source>
        <translation>Bez paragonu</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/budget.py" />
        <source>Photos and PDFs (*.jpg *.jpeg *.png *.pdf)</source>
        <translation>Zdjęcia i pliki PDF (*.jpg *.jpeg *.png *.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/budget.py" />
        <source>Save this spend</source>
        <translation>Zapisz ten wydatek</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/budget.py" />
        <source>The amount, in pounds</source>
        <translation>Kwota w funtach</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/budget.py" />
        <source>The day of the spend</source>
        <translation>Dzień wydatku</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/budget.py" />
        <source>What it was for (the category)</source>
        <translation>Na co (kategoria)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/budget.py" />
        <source>Who was paid</source>
        <translation>Komu zapłacono</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/budget.py" />
        <source>Write the amount in pounds, such as 12.50.</source>
        <translation>Wpisz kwotę w funtach, np. 12.50.</translation>
    </message>
</context>
<context>
    <name>StartScreen</name>
<message>
        <location filename="../../ui/views/start.py" />
        <source>Open &amp;read-only</source>
        <translation>Otwórz tylko do &amp;odczytu</translation>
    </message>
    <message>
        <location filename="../../ui/views/start.py" />
        <source>Open read-only, without saving</source>
        <translation>Otwórz tylko do odczytu, bez zapisywania</translation>
    </message>
    <message>
        <location filename="../../ui/views/start.py" line="+126" />
        <source>Language</source>
        <translation>Język</translation>
    </message>
    <message>
        <location line="+11" />
        <source>&amp;Language:</source>
        <translation>&amp;Język:</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Opening Health Planner…</source>
        <translation>Otwieram Health Planner…</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Welcome to Health Planner</source>
        <translation>Witaj w Health Planner</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Plan and keep track of your health and care: your goals, your care plan, and how you feel. Everything stays on this computer, locked with a passphrase only you know.</source>
        <translation>Planuj i śledź swoje zdrowie i opiekę: swoje cele, plan opieki i samopoczucie. Wszystko zostaje na tym komputerze, zablokowane hasłem, które znasz tylko ty.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>&amp;Create my profile</source>
        <translation>&amp;Utwórz mój profil</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Create my profile</source>
        <translation>Utwórz mój profil</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Try the demo</source>
        <translation>&amp;Wypróbuj demo</translation>
    </message>
    <message>
        <location line="+0" />
        <location line="+63" />
        <source>Try the demo</source>
        <translation>Wypróbuj demo</translation>
    </message>
    <message>
        <location line="-56" />
        <source>The demo has two years of made-up information, so you can look around before you start. Its passphrase is “demo”.</source>
        <translation>Demo zawiera zmyślone informacje z dwóch lat, więc możesz się rozejrzeć, zanim zaczniesz. Jego hasło to „demo”.</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Unlock your profile</source>
        <translation>Odblokuj swój profil</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Profiles on this computer</source>
        <translation>Profile na tym komputerze</translation>
    </message>
    <message>
        <location line="+5" />
        <source>&amp;Who is using Health Planner?</source>
        <translation>&amp;Kto używa Health Planner?</translation>
    </message>
    <message>
        <location line="+6" />
        <location line="+63" />
        <source>Passphrase</source>
        <translation>Hasło</translation>
    </message>
    <message>
        <location line="-59" />
        <source>&amp;Remember me on this device</source>
        <translation>&amp;Zapamiętaj mnie na tym urządzeniu</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Remember me on this device</source>
        <translation>Zapamiętaj mnie na tym urządzeniu</translation>
    </message>
    <message>
        <location line="+6" />
        <source>&amp;Unlock</source>
        <translation>&amp;Odblokuj</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Unlock</source>
        <translation>Odblokuj</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Open without passphrase</source>
        <translation>Otwórz &amp;bez hasła</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Open without passphrase</source>
        <translation>Otwórz bez hasła</translation>
    </message>
    <message>
        <location line="+6" />
        <source>&amp;Forgotten your passphrase?</source>
        <translation>&amp;Nie pamiętasz hasła?</translation>
    </message>
    <message>
        <location line="+0" />
        <location line="+129" />
        <source>Forgotten your passphrase?</source>
        <translation>Nie pamiętasz hasła?</translation>
    </message>
    <message>
        <location line="-126" />
        <source>&amp;New profile</source>
        <translation>Nowy pro&amp;fil</translation>
    </message>
    <message>
        <location line="+0" />
        <source>New profile</source>
        <translation>Nowy profil</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Try the &amp;demo</source>
        <translation>Wypróbuj &amp;demo</translation>
    </message>
    <message>
        <location line="+23" />
        <source>Create your profile</source>
        <translation>Utwórz swój profil</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Your profile keeps your information locked on this computer. Nobody can open it without your passphrase.</source>
        <translation>Twój profil przechowuje informacje zablokowane na tym komputerze. Nikt nie otworzy go bez twojego hasła.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Your name or a nickname</source>
        <translation>Twoje imię lub pseudonim</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Your &amp;name or a nickname</source>
        <translation>Twoje &amp;imię lub pseudonim</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Type the passphrase again</source>
        <translation>Wpisz hasło jeszcze raz</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Type the passphrase again</source>
        <translation>&amp;Wpisz hasło jeszcze raz</translation>
    </message>
    <message>
        <location line="+6" />
        <source>&amp;Create profile</source>
        <translation>&amp;Utwórz profil</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Create profile</source>
        <translation>Utwórz profil</translation>
    </message>
    <message>
        <location line="+3" />
        <location line="+95" />
        <location line="+28" />
        <source>&amp;Back</source>
        <translation>Ws&amp;tecz</translation>
    </message>
    <message>
        <location line="-123" />
        <location line="+95" />
        <location line="+28" />
        <source>Back</source>
        <translation>Wstecz</translation>
    </message>
    <message>
        <location line="-105" />
        <source>Your recovery code</source>
        <translation>Twój kod odzyskiwania</translation>
    </message>
    <message>
        <location line="+3" />
        <location line="+438" />
        <source>If you forget your passphrase, this code is the only way back into your profile. Write it down now and keep it somewhere safe, away from this computer. We will show it only once.</source>
        <translation>Jeśli zapomnisz hasła, ten kod jest jedynym sposobem, aby wrócić do profilu. Zapisz go teraz i trzymaj w bezpiecznym miejscu, z dala od tego komputera. Pokażemy go tylko raz.</translation>
    </message>
    <message>
        <location line="-533" />
        <source>Pa&amp;ssphrase</source>
        <translation>&amp;Hasło</translation>
    </message>
    <message>
        <location line="+62" />
        <source>Choose a pa&amp;ssphrase</source>
        <translation>Wybierz &amp;hasło</translation>
    </message>
    <message>
        <location line="+44" />
        <location line="+498" />
        <source>Print the recovery code</source>
        <translation>Wydrukuj kod odzyskiwania</translation>
    </message>
    <message>
        <location line="-498" />
        <source>P&amp;rint</source>
        <translation>&amp;Drukuj</translation>
    </message>
    <message>
        <location line="+2" />
        <source>C&amp;opy</source>
        <translation>&amp;Kopiuj</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Copy the recovery code</source>
        <translation>Skopiuj kod odzyskiwania</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Last 4 characters of the recovery code</source>
        <translation>Ostatnie 4 znaki kodu odzyskiwania</translation>
    </message>
    <message>
        <location line="+7" />
        <source>To show you have written it down, type the &amp;last 4 characters of the code</source>
        <translation>Aby pokazać, że kod jest zapisany, wpisz jego &amp;ostatnie 4 znaki</translation>
    </message>
    <message>
        <location line="+9" />
        <source>&amp;I have written it down</source>
        <translation>&amp;Zapisałem/zapisałam kod</translation>
    </message>
    <message>
        <location line="+0" />
        <source>I have written it down</source>
        <translation>Zapisałem/zapisałam kod</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Recovery code</source>
        <translation>Kod odzyskiwania</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Recovery code</source>
        <translation>&amp;Kod odzyskiwania</translation>
    </message>
    <message>
        <location line="+2" />
        <source>New passphrase</source>
        <translation>Nowe hasło</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;New passphrase</source>
        <translation>&amp;Nowe hasło</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Type the new passphrase again</source>
        <translation>Wpisz nowe hasło jeszcze raz</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Type it again</source>
        <translation>&amp;Wpisz je jeszcze raz</translation>
    </message>
    <message>
        <location line="+5" />
        <source>&amp;Set new passphrase</source>
        <translation>&amp;Ustaw nowe hasło</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Set new passphrase</source>
        <translation>Ustaw nowe hasło</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Setting up the demo</source>
        <translation>Przygotowuję demo</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+499" />
        <source>Getting ready…</source>
        <translation>Przygotowuję…</translation>
    </message>
    <message>
        <location line="-496" />
        <source>Demo set-up progress</source>
        <translation>Postęp przygotowania demo</translation>
    </message>
    <message>
        <location line="+138" />
        <source>A profile on this computer cannot be opened because its file %1 is damaged or missing. Its records have not been deleted. If you have a backup of that profile, restore it; or ask the person who helps you with this computer.</source>
        <translation>Nie można otworzyć jednego profilu na tym komputerze, ponieważ jego plik %1 jest uszkodzony lub go brakuje. Jego zapisy nie zostały usunięte. Jeśli masz kopię zapasową tego profilu, przywróć ją albo poproś o pomoc osobę, która pomaga Ci przy tym komputerze.</translation>
    </message>
    <message>
        <location line="+49" />
        <location line="+236" />
        <source>Profile: %1</source>
        <translation>Profil: %1</translation>
    </message>
    <message>
        <location line="-186" />
        <source>Type the recovery code you were given when you made the profile “%1”, then choose a new passphrase. You will get a new recovery code.</source>
        <translation>Wpisz kod odzyskiwania, który dostałeś lub dostałaś przy tworzeniu profilu „%1”, a potem wybierz nowe hasło. Dostaniesz nowy kod odzyskiwania.</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Type your passphrase.</source>
        <translation>Wpisz hasło.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Unlocking…</source>
        <translation>Odblokowuję…</translation>
    </message>
    <message>
        <location line="+45" />
        <source>Type a name for your profile.</source>
        <translation>Wpisz nazwę profilu.</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+151" />
        <source>The two passphrases are different. Type them again.</source>
        <translation>Hasła się różnią. Wpisz je jeszcze raz.</translation>
    </message>
    <message>
        <location line="-148" />
        <location line="+151" />
        <source>Your passphrase is too short. Use at least 4 characters.</source>
        <translation>Hasło jest za krótkie. Użyj co najmniej 4 znaków.</translation>
    </message>
    <message>
        <location line="-145" />
        <source>Creating your profile…</source>
        <translation>Tworzę twój profil…</translation>
    </message>
    <message>
        <location line="+22" />
        <source>Recovery code: %1</source>
        <translation>Kod odzyskiwania: %1</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Your passphrase has been changed. Your old recovery code no longer works. Write down this new one and keep it somewhere safe. We will show it only once.</source>
        <translation>Hasło zostało zmienione. Stary kod odzyskiwania już nie działa. Zapisz ten nowy i trzymaj go w bezpiecznym miejscu. Pokażemy go tylko raz.</translation>
    </message>
    <message>
        <location line="+24" />
        <source>Those are not the last 4 characters of the code. Check what you wrote down and try again.</source>
        <translation>To nie są ostatnie 4 znaki kodu. Sprawdź, co zapisałeś lub zapisałaś, i spróbuj ponownie.</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Health Planner recovery code</source>
        <translation>Kod odzyskiwania Health Planner</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Keep this somewhere safe. With it, anyone can open this profile.</source>
        <translation>Trzymaj to w bezpiecznym miejscu. Z tym kodem każdy może otworzyć ten profil.</translation>
    </message>
    <message>
        <location line="+28" />
        <source>Type your recovery code.</source>
        <translation>Wpisz kod odzyskiwania.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Checking the code…</source>
        <translation>Sprawdzam kod…</translation>
    </message>
    <message>
        <location line="+7" />
        <source>That recovery code does not open this profile. Check it and try again.</source>
        <translation>Ten kod odzyskiwania nie otwiera tego profilu. Sprawdź go i spróbuj ponownie.</translation>
    </message>
    <message>
        <location line="+24" />
        <source>Making the demo profile…</source>
        <translation>Tworzę profil demo…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Adding two years of made-up information…</source>
        <translation>Dodaję zmyślone informacje z dwóch lat…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Opening the demo…</source>
        <translation>Otwieram demo…</translation>
    </message>
    <message>
        <source>Health Planner start page</source>
        <translation>Strona startowa Health Planner</translation>
    </message>
    <message numerus="yes">
        <source>Copied. Paste it somewhere safe now: Health Planner will clear it from the clipboard in %n seconds.</source>
        <translation>
            <numerusform>Skopiowano. Wklej go teraz w bezpieczne miejsce: Health Planner usunie go ze schowka za %n sekundę.</numerusform>
            <numerusform>Skopiowano. Wklej go teraz w bezpieczne miejsce: Health Planner usunie go ze schowka za %n sekundy.</numerusform>
            <numerusform>Skopiowano. Wklej go teraz w bezpieczne miejsce: Health Planner usunie go ze schowka za %n sekund.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SupporterDialog</name>
<message>
        <location filename="../../ui/dialogs/plan_items.py" line="-140" />
        <source>Change a supporter</source>
        <translation>Zmień osobę wspierającą</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Add someone who supports me</source>
        <translation>Dodaj osobę, która mnie wspiera</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Name</source>
        <translation>Imię i nazwisko</translation>
    </message>
    <message>
        <location line="+2" />
        <source>How they help</source>
        <translation>Jak pomaga</translation>
    </message>
    <message>
        <location line="+1" />
        <source>For example: my sister, practice nurse</source>
        <translation>Na przykład: moja siostra, pielęgniarka w przychodni</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Phone number</source>
        <translation>Numer telefonu</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Email address</source>
        <translation>Adres e-mail</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Notes</source>
        <translation>Notatki</translation>
    </message>
    <message>
        <location line="+6" />
        <source>&amp;Name</source>
        <translation>&amp;Imię i nazwisko</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;How they help</source>
        <translation>&amp;Jak pomaga</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Phone</source>
        <translation>&amp;Telefon</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Email</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <location line="+1" />
        <source>N&amp;otes</source>
        <translation>&amp;Notatki</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Keep this supporter</source>
        <translation>Zachowaj tę osobę</translation>
    </message>
    <message>
        <location line="+22" />
        <source>This does not look like an email address. Check it, or leave it empty.</source>
        <translation>To nie wygląda na adres e-mail. Sprawdź go albo zostaw puste.</translation>
    </message>
</context>
<context>
    <name>TextListEditor</name>
<message>
        <location filename="../../ui/widgets/lists.py" line="+54" />
        <source>Press F2 to change the chosen line, Delete to remove it.</source>
        <translation>Naciśnij F2, aby zmienić wybrany wiersz, albo Delete, aby go usunąć.</translation>
    </message>
    <message>
        <location line="+12" />
        <location line="+3" />
        <source>Add to: {name}</source>
        <translation>Dodaj do: {name}</translation>
    </message>
    <message>
        <location line="-1" />
        <source>Add</source>
        <translation>Dodaj</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Remove</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Remove the chosen line</source>
        <translation>Usuń wybrany wiersz</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Move up</source>
        <translation>Przesuń w górę</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Move the chosen line up</source>
        <translation>Przesuń wybrany wiersz w górę</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Move down</source>
        <translation>Przesuń w dół</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Move the chosen line down</source>
        <translation>Przesuń wybrany wiersz w dół</translation>
    </message>
    <message>
        <location line="+44" />
        <source>Write something first.</source>
        <translation>Najpierw coś napisz.</translation>
    </message>
</context>
<context>
    <name>TodayView</name>
<message numerus="yes">
        <location filename="../../ui/views/today.py" line="+17" />
        <source>%n days in a row. Well done!</source>
        <translation>
            <numerusform>%n dzień z rzędu. Brawo!</numerusform>
            <numerusform>%n dni z rzędu. Brawo!</numerusform>
            <numerusform>%n dni z rzędu. Brawo!</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4" />
        <source>Done for today.</source>
        <translation>Na dziś zrobione.</translation>
    </message>
    <message>
        <location line="+11" />
        <location line="+3" />
        <location line="+206" />
        <source>Today</source>
        <translation>Dzisiaj</translation>
    </message>
    <message>
        <location line="-202" />
        <location line="+1" />
        <source>Log today</source>
        <translation>Zapisz dzisiaj</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Type a value and press Enter. For yes or no, press Y or N.</source>
        <translation>Wpisz wartość i naciśnij Enter. Dla „tak” lub „nie” naciśnij Y albo N.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>You are not tracking anything yet.</source>
        <translation>Jeszcze niczego nie śledzisz.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Track something &amp;new…</source>
        <translation>Śledź coś &amp;nowego…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Start tracking something new</source>
        <translation>Zacznij śledzić coś nowego</translation>
    </message>
    <message>
        <location line="+8" />
        <source>To do today</source>
        <translation>Do zrobienia dzisiaj</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Things to do today</source>
        <translation>Rzeczy do zrobienia dzisiaj</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Press Enter on a check-in to start it.</source>
        <translation>Naciśnij Enter na kwestionariuszu, aby go zacząć.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Nothing else is planned for today.</source>
        <translation>Na dziś nic więcej nie zaplanowano.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>My plan</source>
        <translation>Mój plan</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Next plan review</source>
        <translation>Następny przegląd planu</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Goals</source>
        <translation>Cele</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Open my pl&amp;an</source>
        <translation>Otwórz mój &amp;plan</translation>
    </message>
    <message>
        <location line="+3" />
        <source>See my g&amp;oals</source>
        <translation>Zobacz moje &amp;cele</translation>
    </message>
    <message>
        <location line="-2" />
        <source>Open my care and support plan</source>
        <translation>Otwórz mój plan opieki i wsparcia</translation>
    </message>
    <message>
        <location line="+3" />
        <source>See my goals</source>
        <translation>Zobacz moje cele</translation>
    </message>
    <message>
        <location line="+43" />
        <source>Today, {day}</source>
        <translation>Dzisiaj, {day}</translation>
    </message>
    <message>
        <location line="+5" />
        <source>No review date is set. You can add one in your plan.</source>
        <translation>Nie ustawiono daty przeglądu. Możesz ją dodać w swoim planie.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Your plan review was due on {day}. You could ask your care coordinator to book one.</source>
        <translation>Przegląd planu miał być {day}. Możesz poprosić koordynatora opieki o nowy termin.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Your next plan review is on {day} ({when}).</source>
        <translation>Następny przegląd planu: {day} ({when}).</translation>
    </message>
    <message>
        <location line="+5" />
        <source>You are working on 1 goal.</source>
        <translation>Pracujesz nad 1 celem.</translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>You are working on %n goals.</source>
        <translation>
            <numerusform>Pracujesz nad %n celem.</numerusform>
            <numerusform>Pracujesz nad %n celami.</numerusform>
            <numerusform>Pracujesz nad %n celami.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2" />
        <source>You have no goals on the go. You can add one any time.</source>
        <translation>Nie masz teraz żadnych celów. Możesz dodać cel w każdej chwili.</translation>
    </message>
    <message>
        <location line="+63" />
        <source>Check-in: {name}. Press Enter to start.</source>
        <translation>Kwestionariusz: {name}. Naciśnij Enter, aby zacząć.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>{time} {title}</source>
        <translation>{time} {title}</translation>
    </message>
    <message>
        <location line="+41" />
        <source>You can now log {label} here each day.</source>
        <translation>Teraz możesz tu codziennie zapisywać: {label}.</translation>
    </message>
    <message>
        <location line="+33" />
        <source>Saved: {value}.</source>
        <translation>Zapisano: {value}.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Saving…</source>
        <translation>Zapisuję…</translation>
    </message>
    <message>
        <source>A&amp;ll my appointments</source>
        <translation>&amp;Wszystkie moje wizyty</translation>
    </message>
    <message>
        <source>Appointments coming up</source>
        <translation>Nadchodzące wizyty</translation>
    </message>
    <message>
        <source>Appointments in the next two weeks</source>
        <translation>Wizyty w najbliższych dwóch tygodniach</translation>
    </message>
    <message>
        <source>Medicines today</source>
        <translation>Leki na dziś</translation>
    </message>
    <message>
        <source>No appointments in the next two weeks.</source>
        <translation>Brak wizyt w najbliższych dwóch tygodniach.</translation>
    </message>
    <message>
        <source>Open all my appointments</source>
        <translation>Otwórz wszystkie moje wizyty</translation>
    </message>
    <message>
        <source>Open my me&amp;dicines</source>
        <translation>Otwórz moje &amp;leki</translation>
    </message>
    <message>
        <source>Open my medicines</source>
        <translation>Otwórz moje leki</translation>
    </message>
    <message>
        <source>Press Enter to see the questions you want to ask.</source>
        <translation>Naciśnij Enter, aby zobaczyć pytania, które chcesz zadać.</translation>
    </message>
    <message>
        <source>Questions to ask: {questions}</source>
        <translation>Pytania do zadania: {questions}</translation>
    </message>
    <message>
        <source>Community support today</source>
        <translation>Wsparcie w społeczności dzisiaj</translation>
    </message>
    <message>
        <source>Open &amp;community support</source>
        <translation>Otwórz &amp;wsparcie w społeczności</translation>
    </message>
    <message>
        <source>Open community support</source>
        <translation>Otwórz wsparcie w społeczności</translation>
    </message>
</context>
<context>
    <name>TrackerChartPanel</name>
<message>
        <location filename="../../ui/widgets/tracker_chart.py" line="+44" />
        <source>Show:</source>
        <translation>Pokaż:</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Week</source>
        <translation>Tydzień</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Show the last week</source>
        <translation>Pokaż ostatni tydzień</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Month</source>
        <translation>Miesiąc</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Show the last month</source>
        <translation>Pokaż ostatni miesiąc</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Year</source>
        <translation>Rok</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Show the last year</source>
        <translation>Pokaż ostatni rok</translation>
    </message>
    <message>
        <location line="+1" />
        <source>All</source>
        <translation>Wszystko</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Show all time</source>
        <translation>Pokaż cały czas</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Chart summary</source>
        <translation>Podsumowanie wykresu</translation>
    </message>
</context>
<context>
    <name>TrackerDialog</name>
<message>
        <location filename="../../ui/dialogs/tracker.py" line="+45" />
        <source>Track something new</source>
        <translation>Śledź coś nowego</translation>
    </message>
    <message>
        <location line="+5" />
        <source>What do you want to track?</source>
        <translation>Co chcesz śledzić?</translation>
    </message>
    <message>
        <location line="+1" />
        <source>For example: Blood pressure, Pain, Water</source>
        <translation>Na przykład: ciśnienie krwi, ból, woda</translation>
    </message>
    <message>
        <location line="+2" />
        <source>What kind of answer</source>
        <translation>Jaki rodzaj odpowiedzi</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Unit</source>
        <translation>Jednostka</translation>
    </message>
    <message>
        <location line="+1" />
        <source>For example: kg, steps, glasses</source>
        <translation>Na przykład: kg, kroki, szklanki</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Lowest possible value (you can leave this empty)</source>
        <translation>Najniższa możliwa wartość (możesz zostawić puste)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Highest possible value (you can leave this empty)</source>
        <translation>Najwyższa możliwa wartość (możesz zostawić puste)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Name</source>
        <translation>&amp;Nazwa</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Answer</source>
        <translation>&amp;Odpowiedź</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Unit</source>
        <translation>&amp;Jednostka</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Lowest</source>
        <translation>Naj&amp;niższa</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Highest</source>
        <translation>Naj&amp;wyższa</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Start tracking it</source>
        <translation>Zacznij to śledzić</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <location line="+32" />
        <source>Enter a number, or leave this empty.</source>
        <translation>Wpisz liczbę albo zostaw puste.</translation>
    </message>
</context>
<context>
    <name>TreatmentDialog</name>
<message>
        <location filename="../../ui/dialogs/treatment.py" />
        <source>&amp;Chosen</source>
        <translation>&amp;Wybrano</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/treatment.py" />
        <source>&amp;On</source>
        <translation>&amp;Dnia</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/treatment.py" />
        <source>&amp;What for</source>
        <translation>&amp;W jakiej sprawie</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/treatment.py" />
        <source>A hospital or service offered</source>
        <translation>Zaproponowany szpital lub placówka</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/treatment.py" />
        <source>A referral for treatment</source>
        <translation>Skierowanie na leczenie</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/treatment.py" />
        <source>Booking &amp;reference</source>
        <translation>&amp;Numer rezerwacji</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/treatment.py" />
        <source>Choices &amp;offered</source>
        <translation>&amp;Zaproponowane możliwości</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/treatment.py" />
        <source>For example: Knee pain, orthopaedics</source>
        <translation>Na przykład: ból kolana, ortopedia</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/treatment.py" />
        <source>Referred &amp;by</source>
        <translation>&amp;Kto skierował</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/treatment.py" />
        <source>Save this referral</source>
        <translation>Zapisz to skierowanie</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/treatment.py" />
        <source>The booking reference, 12 digits</source>
        <translation>Numer rezerwacji, 12 cyfr</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/treatment.py" />
        <source>The day of the referral</source>
        <translation>Dzień skierowania</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/treatment.py" />
        <source>The hospital or service I chose</source>
        <translation>Wybrany przeze mnie szpital lub placówka</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/treatment.py" />
        <source>The hospitals or services offered</source>
        <translation>Zaproponowane szpitale lub placówki</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/treatment.py" />
        <source>W&amp;hy</source>
        <translation>D&amp;laczego</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/treatment.py" />
        <source>What the referral is for</source>
        <translation>W jakiej sprawie jest skierowanie</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/treatment.py" />
        <source>Who referred me</source>
        <translation>Kto mnie skierował</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/treatment.py" />
        <source>Why I chose it</source>
        <translation>Dlaczego to wybrałem lub wybrałam</translation>
    </message>
</context>
<context>
    <name>TreatmentView</name>
<message>
        <location filename="../../ui/views/treatment.py" />
        <source>&amp;New referral…</source>
        <translation>&amp;Nowe skierowanie…</translation>
    </message>
    <message>
        <location filename="../../ui/views/treatment.py" />
        <source>Booking reference: {ref}</source>
        <translation>Numer rezerwacji: {ref}</translation>
    </message>
    <message>
        <location filename="../../ui/views/treatment.py" />
        <source>Choosing where I am treated</source>
        <translation>Wybór miejsca leczenia</translation>
    </message>
    <message>
        <location filename="../../ui/views/treatment.py" />
        <source>Chosen: {provider}</source>
        <translation>Wybrano: {provider}</translation>
    </message>
    <message>
        <location filename="../../ui/views/treatment.py" />
        <source>More on the NHS website: {address}</source>
        <translation>Więcej na stronie NHS: {address}</translation>
    </message>
    <message>
        <location filename="../../ui/views/treatment.py" />
        <source>My referrals for treatment</source>
        <translation>Moje skierowania na leczenie</translation>
    </message>
    <message>
        <location filename="../../ui/views/treatment.py" />
        <source>My referrals for treatment, with the wait</source>
        <translation>Moje skierowania na leczenie, z czasem oczekiwania</translation>
    </message>
    <message>
        <location filename="../../ui/views/treatment.py" />
        <source>My rights</source>
        <translation>Moje prawa</translation>
    </message>
    <message>
        <location filename="../../ui/views/treatment.py" />
        <source>My rights about where I am treated</source>
        <translation>Moje prawa dotyczące miejsca leczenia</translation>
    </message>
    <message>
        <location filename="../../ui/views/treatment.py" />
        <source>No referrals for treatment yet. Choose New referral when your GP refers you.</source>
        <translation>Nie ma jeszcze skierowań na leczenie. Wybierz Nowe skierowanie, gdy lekarz rodzinny Cię skieruje.</translation>
    </message>
    <message>
        <location filename="../../ui/views/treatment.py" />
        <source>Record a referral for treatment</source>
        <translation>Zapisz skierowanie na leczenie</translation>
    </message>
    <message>
        <location filename="../../ui/views/treatment.py" />
        <source>Referral saved. Reminders are set for 12 and 18 weeks.</source>
        <translation>Skierowanie zapisane. Przypomnienia ustawiono na 12 i 18 tydzień.</translation>
    </message>
    <message>
        <location filename="../../ui/views/treatment.py" />
        <source>You have the legal right to choose which hospital or service you go to for your first appointment with a consultant-led team, for most non-urgent conditions. You also have the right to start non-urgent consultant-led treatment within 18 weeks of referral. If you are likely to wait longer, you can ask the hospital, or the integrated care board that pays for your care, to offer you other providers who can see you sooner. The right does not apply if you choose to wait longer or waiting is better for your health.</source>
        <translation>Masz prawo wybrać szpital lub placówkę, do której pójdziesz na pierwszą wizytę u zespołu prowadzonego przez konsultanta, w przypadku większości niepilnych schorzeń. Masz też prawo rozpocząć niepilne leczenie prowadzone przez konsultanta w ciągu 18 tygodni od skierowania. Jeśli prawdopodobnie poczekasz dłużej, możesz poprosić szpital lub zintegrowaną radę opieki (ICB), która płaci za Twoją opiekę, o wskazanie innych placówek, które przyjmą Cię wcześniej. To prawo nie obowiązuje, jeśli sam wybierzesz dłuższe czekanie albo czekanie jest lepsze dla Twojego zdrowia.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/treatment.py" />
        <source>treatment started after %n week(s)</source>
        <translation>
            <numerusform>leczenie rozpoczęło się po %n tygodniu</numerusform>
            <numerusform>leczenie rozpoczęło się po %n tygodniach</numerusform>
            <numerusform>leczenie rozpoczęło się po %n tygodniach</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/treatment.py" />
        <source>waiting %n week(s) of 18</source>
        <translation>
            <numerusform>czekam %n tydzień z 18</numerusform>
            <numerusform>czekam %n tygodnie z 18</numerusform>
            <numerusform>czekam %n tygodni z 18</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/views/treatment.py" />
        <source>{what}, referred {day}: {state}</source>
        <translation>{what}, skierowanie z {day}: {state}</translation>
    </message>
    <message>
        <location filename="../../ui/views/treatment.py" />
        <source>Appointments: {days}</source>
        <translation>Wizyty: {days}</translation>
    </message>
    <message>
        <location filename="../../ui/views/treatment.py" />
        <source>Appointment date saved.</source>
        <translation>Data wizyty zapisana.</translation>
    </message>
    <message>
        <location filename="../../ui/views/treatment.py" />
        <source>Add an appointment date from a letter to the chosen referral</source>
        <translation>Dodaj datę wizyty z listu do wybranego skierowania</translation>
    </message>
    <message>
        <location filename="../../ui/views/treatment.py" />
        <source>Add an appointment &amp;date…</source>
        <translation>Dodaj &amp;datę wizyty…</translation>
    </message>
</context>
<context>
    <name>TrendPanel</name>
<message>
        <location filename="../../ui/views/checkins.py" line="+29" />
        <source>Question to show on the chart</source>
        <translation>Pytanie do pokazania na wykresie</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Chart &amp;of:</source>
        <translation>&amp;Wykres:</translation>
    </message>
    <message>
        <location line="+7" />
        <location line="+32" />
        <source>No check-ins saved yet.</source>
        <translation>Nie zapisano jeszcze żadnych odpowiedzi.</translation>
    </message>
    <message>
        <location line="-29" />
        <source>Past check-ins</source>
        <translation>Wcześniejsze odpowiedzi</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Past check-&amp;ins</source>
        <translation>Wcześniejsze &amp;odpowiedzi</translation>
    </message>
    <message>
        <location line="+12" />
        <source>{day}: {total} out of {most}, {band}</source>
        <translation>{day}: {total} na {most}, {band}</translation>
    </message>
</context>
<context>
    <name>Wording</name>
<message>
        <location filename="../../ui/widgets/wording.py" line="+49" />
        <location line="+13" />
        <source>yes</source>
        <translation>tak</translation>
    </message>
    <message>
        <location line="-12" />
        <location line="+14" />
        <source>no</source>
        <translation>nie</translation>
    </message>
    <message>
        <location line="-12" />
        <location line="+15" />
        <source>{value} out of 10</source>
        <translation>{value} na 10</translation>
    </message>
    <message>
        <location line="+6" />
        <source>{amount} or more</source>
        <translation>{amount} lub więcej</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{amount} or less</source>
        <translation>{amount} lub mniej</translation>
    </message>
    <message>
        <location line="+5" />
        <source>or more (higher is better)</source>
        <translation>lub więcej (im więcej, tym lepiej)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>or less (lower is better)</source>
        <translation>lub mniej (im mniej, tym lepiej)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Planned</source>
        <translation>Zaplanowany</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Working on it</source>
        <translation>W trakcie</translation>
    </message>
    <message>
        <location line="+1" />
        <source>On hold</source>
        <translation>Wstrzymany</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Done</source>
        <translation>Osiągnięty</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Stopped</source>
        <translation>Przerwany</translation>
    </message>
    <message>
        <location line="+7" />
        <source>a number</source>
        <translation>liczba</translation>
    </message>
    <message>
        <location line="+1" />
        <source>0 to 10</source>
        <translation>od 0 do 10</translation>
    </message>
    <message>
        <location line="+1" />
        <source>yes or no</source>
        <translation>tak lub nie</translation>
    </message>
    <message>
        <location line="+1" />
        <source>words</source>
        <translation>słowa</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Well-being (ONS4)</source>
        <translation>Samopoczucie (ONS4)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Mood (PHQ-9)</source>
        <translation>Nastrój (PHQ-9)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Worry and anxiety (GAD-7)</source>
        <translation>Zamartwianie się i lęk (GAD-7)</translation>
    </message>
    <message>
        <location line="+30" />
        <source>today</source>
        <translation>dzisiaj</translation>
    </message>
    <message>
        <location line="+2" />
        <source>tomorrow</source>
        <translation>jutro</translation>
    </message>
    <message>
        <location line="+2" />
        <source>yesterday</source>
        <translation>wczoraj</translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>in %n days</source>
        <translation>
            <numerusform>za %n dzień</numerusform>
            <numerusform>za %n dni</numerusform>
            <numerusform>za %n dni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n days ago</source>
        <translation>
            <numerusform>%n dzień temu</numerusform>
            <numerusform>%n dni temu</numerusform>
            <numerusform>%n dni temu</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11" />
        <source>Once</source>
        <translation>Raz</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Every day</source>
        <translation>Codziennie</translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>Every %n days</source>
        <translation>
            <numerusform>Co %n dzień</numerusform>
            <numerusform>Co %n dni</numerusform>
            <numerusform>Co %n dni</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4" />
        <source>Every week</source>
        <translation>Co tydzień</translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>Every %n weeks</source>
        <translation>
            <numerusform>Co %n tydzień</numerusform>
            <numerusform>Co %n tygodnie</numerusform>
            <numerusform>Co %n tygodni</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4" />
        <source>{every} on {days}</source>
        <translation>{every}: {days}</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Every month</source>
        <translation>Co miesiąc</translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>Every %n months</source>
        <translation>
            <numerusform>Co %n miesiąc</numerusform>
            <numerusform>Co %n miesiące</numerusform>
            <numerusform>Co %n miesięcy</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3" />
        <source>{repeat}, until {day}</source>
        <translation>{repeat}, do {day}</translation>
    </message>
    <message>
        <source>Well-being</source>
        <translation>Samopoczucie</translation>
    </message>
    <message>
        <source>Mood</source>
        <translation>Nastrój</translation>
    </message>
    <message>
        <source>Worry</source>
        <translation>Niepokój</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/wording.py" />
        <source>entered by {carer} (carer)</source>
        <translation>wpisane przez: {carer} (opiekun)</translation>
    </message>
</context>
<context>
    <name>YesNoInput</name>
<message>
        <location filename="../../ui/views/today.py" line="-399" />
        <source>Yes</source>
        <translation>Tak</translation>
    </message>
    <message>
        <location line="+1" />
        <source>No</source>
        <translation>Nie</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{label}: yes</source>
        <translation>{label}: tak</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{label}: no</source>
        <translation>{label}: nie</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Press Y for yes or N for no.</source>
        <translation>Naciśnij Y, aby odpowiedzieć „tak”, albo N – „nie”.</translation>
    </message>
</context>
<context>
    <name>_Dialog</name>
<message>
        <location filename="../../ui/dialogs/plan_items.py" line="-288" />
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
</context>
<context>
    <name>AllergyDialog</name>
<message>
        <source>&amp;Allergic to</source>
        <translation>&amp;Uczulenie na</translation>
    </message>
    <message>
        <source>&amp;What happens</source>
        <translation>&amp;Co się dzieje</translation>
    </message>
    <message>
        <source>Add an allergy</source>
        <translation>Dodaj alergię</translation>
    </message>
    <message>
        <source>C&amp;ode</source>
        <translation>K&amp;od</translation>
    </message>
    <message>
        <source>Change an allergy</source>
        <translation>Zmień alergię</translation>
    </message>
    <message>
        <source>For example: Penicillin</source>
        <translation>Na przykład: penicylina</translation>
    </message>
    <message>
        <source>For example: a rash</source>
        <translation>Na przykład: wysypka</translation>
    </message>
    <message>
        <source>How &amp;bad</source>
        <translation>Jak &amp;poważna</translation>
    </message>
    <message>
        <source>How bad it is</source>
        <translation>Jak poważna jest reakcja</translation>
    </message>
    <message>
        <source>It is an &amp;intolerance, not an allergy</source>
        <translation>To &amp;nietolerancja, nie alergia</translation>
    </message>
    <message>
        <source>It is an intolerance, not an allergy</source>
        <translation>To nietolerancja, nie alergia</translation>
    </message>
    <message>
        <source>Keep this allergy</source>
        <translation>Zachowaj tę alergię</translation>
    </message>
    <message>
        <source>SNOMED CT code (you can leave it empty)</source>
        <translation>Kod SNOMED CT (możesz zostawić puste)</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Co się dzieje</translation>
    </message>
    <message>
        <source>What you are allergic to</source>
        <translation>Na co masz alergię</translation>
    </message>
</context>
<context>
    <name>AppointmentDialog</name>
<message>
        <source> minutes</source>
        <translation> min</translation>
    </message>
    <message>
        <source>&amp;Afterwards</source>
        <translation>&amp;Po wizycie</translation>
    </message>
    <message>
        <source>&amp;Before</source>
        <translation>Prz&amp;ed wizytą</translation>
    </message>
    <message>
        <source>&amp;Questions I want to ask</source>
        <translation>Pytania, które chcę &amp;zadać</translation>
    </message>
    <message>
        <source>&amp;What for</source>
        <translation>&amp;W jakiej sprawie</translation>
    </message>
    <message>
        <source>A question to ask</source>
        <translation>Pytanie do zadania</translation>
    </message>
    <message>
        <source>Add an appointment</source>
        <translation>Dodaj wizytę</translation>
    </message>
    <message>
        <source>Add new things to do to my care &amp;plan</source>
        <translation>Dodaj nowe zadania do mojego &amp;planu opieki</translation>
    </message>
    <message>
        <source>Add the new things to do to my care plan as actions</source>
        <translation>Dodaj nowe zadania do mojego planu opieki jako działania</translation>
    </message>
    <message>
        <source>Change an appointment</source>
        <translation>Zmień wizytę</translation>
    </message>
    <message>
        <source>Date and time of the appointment</source>
        <translation>Data i godzina wizyty</translation>
    </message>
    <message>
        <source>For example: Diabetes review</source>
        <translation>Na przykład: kontrola cukrzycy</translation>
    </message>
    <message>
        <source>For example: Lea Surgery, room 2</source>
        <translation>Na przykład: przychodnia Lea, gabinet 2</translation>
    </message>
    <message>
        <source>For example: Nurse Grace Owusu</source>
        <translation>Na przykład: pielęgniarka Grace Owusu</translation>
    </message>
    <message>
        <source>How &amp;long</source>
        <translation>Jak &amp;długo</translation>
    </message>
    <message>
        <source>How long it lasts, in minutes</source>
        <translation>Ile trwa, w minutach</translation>
    </message>
    <message>
        <source>Parts of the appointment</source>
        <translation>Części wizyty</translation>
    </message>
    <message>
        <source>Questions I want to ask</source>
        <translation>Pytania, które chcę zadać</translation>
    </message>
    <message>
        <source>Save this appointment</source>
        <translation>Zapisz tę wizytę</translation>
    </message>
    <message>
        <source>Something to do after the appointment</source>
        <translation>Coś do zrobienia po wizycie</translation>
    </message>
    <message>
        <source>This appointment is &amp;cancelled</source>
        <translation>Ta wizyta jest &amp;odwołana</translation>
    </message>
    <message>
        <source>This appointment is cancelled</source>
        <translation>Ta wizyta jest odwołana</translation>
    </message>
    <message>
        <source>W&amp;hen</source>
        <translation>&amp;Kiedy</translation>
    </message>
    <message>
        <source>What the appointment is for</source>
        <translation>W jakiej sprawie jest wizyta</translation>
    </message>
    <message>
        <source>What to do &amp;next</source>
        <translation>Co &amp;dalej</translation>
    </message>
    <message>
        <source>What to do next</source>
        <translation>Co dalej</translation>
    </message>
    <message>
        <source>What was &amp;said</source>
        <translation>Co zostało &amp;powiedziane</translation>
    </message>
    <message>
        <source>What was said at the appointment</source>
        <translation>Co zostało powiedziane na wizycie</translation>
    </message>
    <message>
        <source>Whe&amp;re</source>
        <translation>&amp;Gdzie</translation>
    </message>
    <message>
        <source>Where it is</source>
        <translation>Gdzie się odbywa</translation>
    </message>
    <message>
        <source>Who the appointment is with</source>
        <translation>Z kim jest wizyta</translation>
    </message>
    <message>
        <source>With wh&amp;om</source>
        <translation>Z k&amp;im</translation>
    </message>
</context>
<context>
    <name>Appointments</name>
<message>
        <source>{text} (cancelled)</source>
        <translation>{text} (odwołana)</translation>
    </message>
    <message>
        <source>{text} at {where}</source>
        <translation>{text}, miejsce: {where}</translation>
    </message>
    <message>
        <source>{text} with {who}</source>
        <translation>{text}, z: {who}</translation>
    </message>
    <message>
        <source>{when} {what}</source>
        <translation>{when} {what}</translation>
    </message>
</context>
<context>
    <name>AppointmentsView</name>
<message>
        <source>&amp;Afterwards…</source>
        <translation>&amp;Po wizycie…</translation>
    </message>
    <message>
        <source>&amp;New appointment…</source>
        <translation>&amp;Nowa wizyta…</translation>
    </message>
    <message>
        <source>About the chosen appointment</source>
        <translation>O wybranej wizycie</translation>
    </message>
    <message>
        <source>Add an appointment</source>
        <translation>Dodaj wizytę</translation>
    </message>
    <message>
        <source>Appointment saved.</source>
        <translation>Wizyta zapisana.</translation>
    </message>
    <message>
        <source>Appointments coming up</source>
        <translation>Nadchodzące wizyty</translation>
    </message>
    <message>
        <source>Chang&amp;e…</source>
        <translation>Zmi&amp;eń…</translation>
    </message>
    <message>
        <source>Change the chosen appointment</source>
        <translation>Zmień wybraną wizytę</translation>
    </message>
    <message>
        <source>Coming up</source>
        <translation>Nadchodzące</translation>
    </message>
    <message>
        <source>My appointments</source>
        <translation>Moje wizyty</translation>
    </message>
    <message>
        <source>No appointments are coming up. Choose New appointment to add one.</source>
        <translation>Nie masz nadchodzących wizyt. Wybierz Nowa wizyta, aby ją dodać.</translation>
    </message>
    <message>
        <source>No past appointments yet.</source>
        <translation>Nie ma jeszcze minionych wizyt.</translation>
    </message>
    <message>
        <source>Past appointments</source>
        <translation>Minione wizyty</translation>
    </message>
    <message>
        <source>Press Enter to change the chosen appointment.</source>
        <translation>Naciśnij Enter, aby zmienić wybraną wizytę.</translation>
    </message>
    <message>
        <source>Questions I want to ask:</source>
        <translation>Pytania, które chcę zadać:</translation>
    </message>
    <message numerus="yes">
        <source>Saved. %n new action(s) are in your plan.</source>
        <translation>
            <numerusform>Zapisano. W Twoim planie jest %n nowe działanie.</numerusform>
            <numerusform>Zapisano. W Twoim planie są %n nowe działania.</numerusform>
            <numerusform>Zapisano. W Twoim planie jest %n nowych działań.</numerusform>
        </translation>
    </message>
    <message>
        <source>Show &amp;cancelled ones</source>
        <translation>Pokaż &amp;odwołane</translation>
    </message>
    <message>
        <source>Show cancelled appointments</source>
        <translation>Pokaż odwołane wizyty</translation>
    </message>
    <message>
        <source>The chosen appointment</source>
        <translation>Wybrana wizyta</translation>
    </message>
    <message>
        <source>Things to do after the appointment: {what}</source>
        <translation>Zadania po wizycie: {what}</translation>
    </message>
    <message>
        <source>What to do next:</source>
        <translation>Co dalej:</translation>
    </message>
    <message>
        <source>What was said: {notes}</source>
        <translation>Co zostało powiedziane: {notes}</translation>
    </message>
    <message>
        <source>Write what was said at the chosen appointment and what to do next</source>
        <translation>Zapisz, co zostało powiedziane na wybranej wizycie i co dalej</translation>
    </message>
</context>
<context>
    <name>ConditionDialog</name>
<message>
        <source>&amp;Condition</source>
        <translation>&amp;Choroba</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Uwagi</translation>
    </message>
    <message>
        <source>Add a condition</source>
        <translation>Dodaj chorobę</translation>
    </message>
    <message>
        <source>C&amp;ode</source>
        <translation>K&amp;od</translation>
    </message>
    <message>
        <source>Change a condition</source>
        <translation>Zmień chorobę</translation>
    </message>
    <message>
        <source>For example: Type 2 diabetes</source>
        <translation>Na przykład: cukrzyca typu 2</translation>
    </message>
    <message>
        <source>I know &amp;when it started</source>
        <translation>Wiem, &amp;kiedy się zaczęła</translation>
    </message>
    <message>
        <source>I know when it started</source>
        <translation>Wiem, kiedy się zaczęła</translation>
    </message>
    <message>
        <source>It has &amp;gone away</source>
        <translation>&amp;Minęła</translation>
    </message>
    <message>
        <source>Keep this condition</source>
        <translation>Zachowaj tę chorobę</translation>
    </message>
    <message>
        <source>Name of the condition</source>
        <translation>Nazwa choroby</translation>
    </message>
    <message>
        <source>Notes about the condition</source>
        <translation>Uwagi o chorobie</translation>
    </message>
    <message>
        <source>SNOMED CT code (you can leave it empty)</source>
        <translation>Kod SNOMED CT (możesz zostawić puste)</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Od kiedy</translation>
    </message>
    <message>
        <source>The condition has gone away</source>
        <translation>Choroba minęła</translation>
    </message>
    <message>
        <source>This date is in the future. Check it.</source>
        <translation>Ta data jest w przyszłości. Sprawdź ją.</translation>
    </message>
    <message>
        <source>When it started</source>
        <translation>Kiedy się zaczęła</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
<message>
        <source>&amp;Name</source>
        <translation>&amp;Imię i nazwisko</translation>
    </message>
    <message>
        <source>&amp;Who they are</source>
        <translation>&amp;Kim jest</translation>
    </message>
    <message>
        <source>Add an emergency contact</source>
        <translation>Dodaj kontakt w nagłych wypadkach</translation>
    </message>
    <message>
        <source>Change an emergency contact</source>
        <translation>Zmień kontakt w nagłych wypadkach</translation>
    </message>
    <message>
        <source>For example: my daughter</source>
        <translation>Na przykład: moja córka</translation>
    </message>
    <message>
        <source>Keep this contact</source>
        <translation>Zachowaj ten kontakt</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Imię i nazwisko</translation>
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation>&amp;Telefon</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Numer telefonu</translation>
    </message>
    <message>
        <source>Use only digits, spaces, +, brackets and dashes in a phone number.</source>
        <translation>W numerze telefonu używaj tylko cyfr, spacji, +, nawiasów i myślników.</translation>
    </message>
    <message>
        <source>Who they are to you</source>
        <translation>Kim jest dla Ciebie</translation>
    </message>
</context>
<context>
    <name>DoseActions</name>
<message>
        <source>&amp;Take</source>
        <translation>&amp;Weź</translation>
    </message>
    <message>
        <source>Change ti&amp;me…</source>
        <translation>Zmień &amp;godzinę…</translation>
    </message>
    <message>
        <source>I will remind you again at {time}.</source>
        <translation>Przypomnę Ci ponownie o {time}.</translation>
    </message>
    <message>
        <source>No doses are due today.</source>
        <translation>Dziś nie ma dawek do przyjęcia.</translation>
    </message>
    <message>
        <source>Press Enter to take the chosen dose. The buttons below skip or snooze it.</source>
        <translation>Naciśnij Enter, aby przyjąć wybraną dawkę. Przyciski poniżej pozwalają ją pominąć lub odłożyć.</translation>
    </message>
    <message>
        <source>Remind me about the chosen dose later</source>
        <translation>Przypomnij mi później o wybranej dawce</translation>
    </message>
    <message>
        <source>Say when you really took the chosen dose</source>
        <translation>Podaj, kiedy naprawdę przyjęto wybraną dawkę</translation>
    </message>
    <message>
        <source>Sk&amp;ip…</source>
        <translation>P&amp;omiń…</translation>
    </message>
    <message>
        <source>Skip the chosen dose, saying why</source>
        <translation>Pomiń wybraną dawkę i podaj powód</translation>
    </message>
    <message>
        <source>Skipped: {name}.</source>
        <translation>Pominięto: {name}.</translation>
    </message>
    <message>
        <source>Snoo&amp;ze…</source>
        <translation>Odł&amp;óż…</translation>
    </message>
    <message>
        <source>Take the chosen dose now</source>
        <translation>Przyjmij wybraną dawkę teraz</translation>
    </message>
    <message>
        <source>Taken: {name}.</source>
        <translation>Przyjęto: {name}.</translation>
    </message>
    <message>
        <source>The time is changed.</source>
        <translation>Godzina została zmieniona.</translation>
    </message>
    <message>
        <source>Time to take {name}</source>
        <translation>Pora przyjąć: {name}</translation>
    </message>
    <message>
        <source>Today's doses</source>
        <translation>Dzisiejsze dawki</translation>
    </message>
</context>
<context>
    <name>DoseTableModel</name>
<message>
        <source>Due</source>
        <translation>Pora</translation>
    </message>
    <message>
        <source>Medicine</source>
        <translation>Lek</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Co się stało</translation>
    </message>
</context>
<context>
    <name>DoseTimeDialog</name>
<message>
        <source>&amp;Taken at</source>
        <translation>&amp;Przyjęto o</translation>
    </message>
    <message>
        <source>Date and time you took it</source>
        <translation>Data i godzina przyjęcia</translation>
    </message>
    <message>
        <source>Save the time I took it</source>
        <translation>Zapisz godzinę przyjęcia</translation>
    </message>
    <message>
        <source>Say when you really took: {what}</source>
        <translation>Podaj, kiedy naprawdę przyjęto: {what}</translation>
    </message>
    <message>
        <source>This is long before the dose was due. Check the date.</source>
        <translation>To długo przed porą dawki. Sprawdź datę.</translation>
    </message>
    <message>
        <source>This time is in the future. Check it.</source>
        <translation>Ta godzina jest w przyszłości. Sprawdź ją.</translation>
    </message>
    <message>
        <source>When did you take it?</source>
        <translation>Kiedy przyjęto dawkę?</translation>
    </message>
</context>
<context>
    <name>MedicineDialog</name>
<message>
        <source>&amp;Code</source>
        <translation>Ko&amp;d</translation>
    </message>
    <message>
        <source>&amp;Dose</source>
        <translation>&amp;Dawka</translation>
    </message>
    <message>
        <source>&amp;Form</source>
        <translation>&amp;Postać</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nazwa</translation>
    </message>
    <message>
        <source>&amp;Strength</source>
        <translation>&amp;Moc</translation>
    </message>
    <message>
        <source>&amp;Times</source>
        <translation>&amp;Godziny</translation>
    </message>
    <message>
        <source>&amp;Why I take it</source>
        <translation>&amp;Dlaczego go biorę</translation>
    </message>
    <message>
        <source>Add a medicine</source>
        <translation>Dodaj lek</translation>
    </message>
    <message>
        <source>Change a medicine</source>
        <translation>Zmień lek</translation>
    </message>
    <message>
        <source>Course end</source>
        <translation>Koniec kuracji</translation>
    </message>
    <message>
        <source>Date I started it</source>
        <translation>Data rozpoczęcia</translation>
    </message>
    <message>
        <source>Date the course ends</source>
        <translation>Data końca kuracji</translation>
    </message>
    <message>
        <source>Doses &amp;left</source>
        <translation>Pozostałe &amp;dawki</translation>
    </message>
    <message>
        <source>Doses I have left</source>
        <translation>Ile dawek mi zostało</translation>
    </message>
    <message>
        <source>For example: 1 tablet, or 2 puffs</source>
        <translation>Na przykład: 1 tabletka albo 2 wdechy</translation>
    </message>
    <message>
        <source>For example: 5 mg</source>
        <translation>Na przykład: 5 mg</translation>
    </message>
    <message>
        <source>For example: 8:00, 20:00</source>
        <translation>Na przykład: 8:00, 20:00</translation>
    </message>
    <message>
        <source>For example: Ramipril, or my water tablet</source>
        <translation>Na przykład: ramipryl albo moja tabletka moczopędna</translation>
    </message>
    <message>
        <source>How much to take each time</source>
        <translation>Ile brać za każdym razem</translation>
    </message>
    <message>
        <source>I take it only when I need it</source>
        <translation>Biorę go tylko wtedy, gdy potrzebuję</translation>
    </message>
    <message>
        <source>Name of the medicine, as you know it</source>
        <translation>Nazwa leku, tak jak go znasz</translation>
    </message>
    <message>
        <source>No reminder</source>
        <translation>Bez przypomnienia</translation>
    </message>
    <message>
        <source>Not counted</source>
        <translation>Nie liczę</translation>
    </message>
    <message>
        <source>On these days (none ticked: every day)</source>
        <translation>W te dni (nic nie zaznaczone: codziennie)</translation>
    </message>
    <message>
        <source>Only when I &amp;need it (as needed)</source>
        <translation>Tylko gdy &amp;potrzebuję (doraźnie)</translation>
    </message>
    <message>
        <source>P&amp;rescribed by</source>
        <translation>&amp;Przepisał(a)</translation>
    </message>
    <message>
        <source>Remind me to &amp;refill at</source>
        <translation>Przypomnij o &amp;wykupieniu przy</translation>
    </message>
    <message>
        <source>Remind me to get more when this many are left</source>
        <translation>Przypomnij mi o wykupieniu, gdy zostanie tyle dawek</translation>
    </message>
    <message>
        <source>Save this medicine</source>
        <translation>Zapisz ten lek</translation>
    </message>
    <message>
        <source>Started &amp;on</source>
        <translation>&amp;Zaczęto</translation>
    </message>
    <message>
        <source>Strength, as the label says</source>
        <translation>Moc, jak na etykiecie</translation>
    </message>
    <message>
        <source>Take it on {day}</source>
        <translation>Bierz w: {day}</translation>
    </message>
    <message>
        <source>The course &amp;ends on</source>
        <translation>Kuracja &amp;kończy się</translation>
    </message>
    <message>
        <source>The course ends on a date</source>
        <translation>Kuracja kończy się w określonym dniu</translation>
    </message>
    <message>
        <source>Times of day to take it</source>
        <translation>Godziny przyjmowania</translation>
    </message>
    <message>
        <source>What kind of medicine it is</source>
        <translation>Jaki to rodzaj leku</translation>
    </message>
    <message>
        <source>Who prescribed it</source>
        <translation>Kto go przepisał</translation>
    </message>
    <message>
        <source>Why I take it</source>
        <translation>Dlaczego go biorę</translation>
    </message>
    <message>
        <source>Write the times with commas between them, like 8:00, 20:00.</source>
        <translation>Wpisz godziny oddzielone przecinkami, np. 8:00, 20:00.</translation>
    </message>
    <message>
        <source>Write times like 8:00 or 20:30, with commas between.</source>
        <translation>Wpisz godziny jak 8:00 lub 20:30, oddzielone przecinkami.</translation>
    </message>
    <message>
        <source>dm+d or SNOMED CT code (you can leave it empty)</source>
        <translation>Kod dm+d lub SNOMED CT (możesz zostawić puste)</translation>
    </message>
</context>
<context>
    <name>MedicineTableModel</name>
<message>
        <source>Left</source>
        <translation>Zostało</translation>
    </message>
    <message>
        <source>Medicine</source>
        <translation>Lek</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Kiedy</translation>
    </message>
</context>
<context>
    <name>Medicines</name>
<message>
        <source>Capsule</source>
        <translation>Kapsułka</translation>
    </message>
    <message>
        <source>Cream</source>
        <translation>Krem</translation>
    </message>
    <message>
        <source>Drops</source>
        <translation>Krople</translation>
    </message>
    <message>
        <source>Inhaler</source>
        <translation>Inhalator</translation>
    </message>
    <message>
        <source>Injection</source>
        <translation>Zastrzyk</translation>
    </message>
    <message>
        <source>Liquid</source>
        <translation>Płyn</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Nieprzyjęta</translation>
    </message>
    <message>
        <source>Not counted</source>
        <translation>Nie liczę</translation>
    </message>
    <message>
        <source>Nothing due yet</source>
        <translation>Jeszcze nic</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Inne</translation>
    </message>
    <message>
        <source>Patch</source>
        <translation>Plaster</translation>
    </message>
    <message>
        <source>Skipped: {reason}</source>
        <translation>Pominięta: {reason}</translation>
    </message>
    <message>
        <source>Snoozed until {time}</source>
        <translation>Odłożona do {time}</translation>
    </message>
    <message>
        <source>Tablet</source>
        <translation>Tabletka</translation>
    </message>
    <message>
        <source>Taken at {time}</source>
        <translation>Przyjęta o {time}</translation>
    </message>
    <message>
        <source>To take</source>
        <translation>Do przyjęcia</translation>
    </message>
    <message>
        <source>When needed</source>
        <translation>Doraźnie</translation>
    </message>
    <message>
        <source>When needed: {name}</source>
        <translation>Doraźnie: {name}</translation>
    </message>
    <message>
        <source>{name} (stopped {day})</source>
        <translation>{name} (odstawiony {day})</translation>
    </message>
    <message>
        <source>{n}%</source>
        <translation>{n}%</translation>
    </message>
    <message>
        <source>{stock}, running low</source>
        <translation>{stock}, kończy się</translation>
    </message>
    <message>
        <source>{times} on {days}</source>
        <translation>{times}, dni: {days}</translation>
    </message>
    <message>
        <source>{time} {name}: {state}</source>
        <translation>{time} {name}: {state}</translation>
    </message>
    <message>
        <source>Left: {n}</source>
        <translation>Zostało: {n}</translation>
    </message>
</context>
<context>
    <name>MedicinesView</name>
<message>
        <source>&amp;Change…</source>
        <translation>Z&amp;mień…</translation>
    </message>
    <message>
        <source>&amp;New medicine…</source>
        <translation>&amp;Nowy lek…</translation>
    </message>
    <message>
        <source>&amp;Record a dose now</source>
        <translation>&amp;Zapisz dawkę teraz</translation>
    </message>
    <message>
        <source>&amp;Stop taking…</source>
        <translation>&amp;Odstaw…</translation>
    </message>
    <message>
        <source>About the chosen medicine</source>
        <translation>O wybranym leku</translation>
    </message>
    <message>
        <source>Add a medicine</source>
        <translation>Dodaj lek</translation>
    </message>
    <message>
        <source>Change the chosen medicine</source>
        <translation>Zmień wybrany lek</translation>
    </message>
    <message>
        <source>Choose a missed or taken dose, then Taken late to say when you took it.</source>
        <translation>Wybierz nieprzyjętą lub przyjętą dawkę, potem Przyjęta później, aby podać, kiedy ją przyjęto.</translation>
    </message>
    <message>
        <source>Dose: {dose}</source>
        <translation>Dawka: {dose}</translation>
    </message>
    <message>
        <source>Doses in the last 7 days</source>
        <translation>Dawki z ostatnich 7 dni</translation>
    </message>
    <message>
        <source>Doses of {name} taken</source>
        <translation>Przyjęte dawki: {name}</translation>
    </message>
    <message>
        <source>Doses taken</source>
        <translation>Przyjęte dawki</translation>
    </message>
    <message>
        <source>Doses taken, {figures}.</source>
        <translation>Przyjęte dawki, {figures}.</translation>
    </message>
    <message>
        <source>How it is going</source>
        <translation>Jak idzie</translation>
    </message>
    <message>
        <source>It is running low: order more from your pharmacy soon.</source>
        <translation>Kończy się: wkrótce zamów więcej w aptece.</translation>
    </message>
    <message numerus="yes">
        <location line="+0" />
        <source>Last {days} days</source>
        <translation>
            <numerusform>Ostatni {days} dzień</numerusform>
            <numerusform>Ostatnie {days} dni</numerusform>
            <numerusform>Ostatnie {days} dni</numerusform>
        </translation>
    </message>
    <message>
        <source>My medicines</source>
        <translation>Moje leki</translation>
    </message>
    <message>
        <source>Press Enter to change the chosen medicine.</source>
        <translation>Naciśnij Enter, aby zmienić wybrany lek.</translation>
    </message>
    <message>
        <source>Record that I took a dose of the chosen medicine now</source>
        <translation>Zapisz, że właśnie przyjęto dawkę wybranego leku</translation>
    </message>
    <message>
        <source>Recorded a dose of {name}.</source>
        <translation>Zapisano dawkę: {name}.</translation>
    </message>
    <message>
        <source>Running low: {names}. Time to order more.</source>
        <translation>Kończą się: {names}. Pora zamówić więcej.</translation>
    </message>
    <message>
        <source>Saved: {name}.</source>
        <translation>Zapisano: {name}.</translation>
    </message>
    <message>
        <source>Say when you took the chosen dose, if it shows as missed or at a wrong time</source>
        <translation>Podaj, kiedy przyjęto wybraną dawkę, jeśli widnieje jako nieprzyjęta lub z błędną godziną</translation>
    </message>
    <message>
        <source>Show st&amp;opped medicines</source>
        <translation>Pokaż odst&amp;awione leki</translation>
    </message>
    <message>
        <source>Show the medicines I have stopped</source>
        <translation>Pokaż leki, które odstawiłem(-am)</translation>
    </message>
    <message>
        <source>Stock: {stock}</source>
        <translation>Zapas: {stock}</translation>
    </message>
    <message>
        <source>Stop taking the chosen medicine</source>
        <translation>Odstaw wybrany lek</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Odstawiony.</translation>
    </message>
    <message>
        <source>Stopped: {reason}</source>
        <translation>Odstawiony: {reason}</translation>
    </message>
    <message>
        <source>Taken &amp;late…</source>
        <translation>Przyjęta &amp;później…</translation>
    </message>
    <message>
        <source>Today's doses</source>
        <translation>Dzisiejsze dawki</translation>
    </message>
    <message>
        <source>When: {when}</source>
        <translation>Kiedy: {when}</translation>
    </message>
    <message>
        <source>Why: {reason}</source>
        <translation>Dlaczego: {reason}</translation>
    </message>
    <message>
        <source>You have no medicines listed. Choose New medicine to add one.</source>
        <translation>Nie masz żadnych leków na liście. Wybierz Nowy lek, aby go dodać.</translation>
    </message>
    <message numerus="yes">
        <location line="+0" />
        <source>last {days} days: {taken}</source>
        <translation>
            <numerusform>ostatni {days} dzień: {taken}</numerusform>
            <numerusform>ostatnie {days} dni: {taken}</numerusform>
            <numerusform>ostatnie {days} dni: {taken}</numerusform>
        </translation>
    </message>
    <message>
        <source>{name} is stopped. It stays in your list of stopped medicines.</source>
        <translation>{name}: odstawiony. Zostaje na liście odstawionych leków.</translation>
    </message>
</context>
<context>
    <name>SkipDoseDialog</name>
<message>
        <source>&amp;Why</source>
        <translation>&amp;Dlaczego</translation>
    </message>
    <message>
        <source>I felt unwell</source>
        <translation>Źle się czułem(-am)</translation>
    </message>
    <message>
        <source>I have run out</source>
        <translation>Skończył mi się</translation>
    </message>
    <message>
        <source>I was away from home</source>
        <translation>Nie było mnie w domu</translation>
    </message>
    <message>
        <source>My doctor or pharmacist told me to</source>
        <translation>Tak zalecił lekarz lub farmaceuta</translation>
    </message>
    <message>
        <source>Please say why, in a few words.</source>
        <translation>Podaj powód w kilku słowach.</translation>
    </message>
    <message>
        <source>Skip a dose</source>
        <translation>Pomiń dawkę</translation>
    </message>
    <message>
        <source>Skip this dose</source>
        <translation>Pomiń tę dawkę</translation>
    </message>
    <message>
        <source>Why you are skipping this dose</source>
        <translation>Dlaczego pomijasz tę dawkę</translation>
    </message>
    <message>
        <source>You are skipping: {what}</source>
        <translation>Pomijasz: {what}</translation>
    </message>
</context>
<context>
    <name>SnoozeDialog</name>
<message>
        <source> minutes</source>
        <translation> min</translation>
    </message>
    <message>
        <source>&amp;In</source>
        <translation>&amp;Za</translation>
    </message>
    <message>
        <source>Remind me again about: {what}</source>
        <translation>Przypomnij mi ponownie o: {what}</translation>
    </message>
    <message>
        <source>Remind me again in this many minutes, 10 to 60</source>
        <translation>Przypomnij mi ponownie za tyle minut, od 10 do 60</translation>
    </message>
    <message>
        <source>Remind me later</source>
        <translation>Przypomnij mi później</translation>
    </message>
</context>
<context>
    <name>StopMedicineDialog</name>
<message>
        <source>&amp;Why</source>
        <translation>&amp;Dlaczego</translation>
    </message>
    <message>
        <source>Date I stopped it</source>
        <translation>Data odstawienia</translation>
    </message>
    <message>
        <source>It stays in your list of stopped medicines, with the reason, so you can tell your GP or pharmacist.</source>
        <translation>Lek zostaje na liście odstawionych leków, z powodem, żeby można było powiedzieć o tym lekarzowi rodzinnemu lub farmaceucie.</translation>
    </message>
    <message>
        <source>Say why, for example: my GP stopped it, or it gave me a rash.</source>
        <translation>Podaj powód, na przykład: lekarz go odstawił albo dostałem(-am) wysypki.</translation>
    </message>
    <message>
        <source>Stop taking this medicine</source>
        <translation>Odstaw ten lek</translation>
    </message>
    <message>
        <source>Stop taking {name}</source>
        <translation>Odstaw: {name}</translation>
    </message>
    <message>
        <source>Stopped &amp;on</source>
        <translation>&amp;Odstawiono</translation>
    </message>
    <message>
        <source>Why I stopped it</source>
        <translation>Dlaczego go odstawiłem(-am)</translation>
    </message>
</context>
<context>
    <name>Summary</name>
<message>
        <source>Mild</source>
        <translation>Łagodna</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>Umiarkowana</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Nie wiadomo</translation>
    </message>
    <message>
        <source>Severe</source>
        <translation>Ciężka</translation>
    </message>
</context>
<context>
    <name>SummaryView</name>
<message>
        <source>&amp;Save my summary</source>
        <translation>&amp;Zapisz podsumowanie</translation>
    </message>
    <message>
        <source>&amp;Undo my changes</source>
        <translation>&amp;Cofnij zmiany</translation>
    </message>
    <message>
        <source>&amp;What I want people to know</source>
        <translation>&amp;Co chcę, żeby inni wiedzieli</translation>
    </message>
    <message>
        <source>About me: my health summary</source>
        <translation>O mnie: podsumowanie mojego zdrowia</translation>
    </message>
    <message>
        <source>Allergies and intolerances</source>
        <translation>Alergie i nietolerancje</translation>
    </message>
    <message>
        <source>Emergency contacts</source>
        <translation>Kontakty w nagłych wypadkach</translation>
    </message>
    <message>
        <source>How I &amp;communicate best</source>
        <translation>Jak &amp;najlepiej się ze mną porozumiewać</translation>
    </message>
    <message>
        <source>How I communicate best</source>
        <translation>Jak najlepiej się ze mną porozumiewać</translation>
    </message>
    <message>
        <source>Important information</source>
        <translation>Ważne informacje</translation>
    </message>
    <message>
        <source>My ca&amp;rer</source>
        <translation>Mój &amp;opiekun</translation>
    </message>
    <message>
        <source>My carer's name</source>
        <translation>Imię i nazwisko mojego opiekuna</translation>
    </message>
    <message>
        <source>My conditions</source>
        <translation>Moje choroby</translation>
    </message>
    <message>
        <source>Please check the parts marked below.</source>
        <translation>Sprawdź zaznaczone poniżej części.</translation>
    </message>
    <message>
        <source>Save my health summary</source>
        <translation>Zapisz podsumowanie mojego zdrowia</translation>
    </message>
    <message>
        <source>Undo the changes I have not saved</source>
        <translation>Cofnij niezapisane zmiany</translation>
    </message>
    <message>
        <source>What I want people to know about me</source>
        <translation>Co chcę, żeby inni o mnie wiedzieli</translation>
    </message>
    <message>
        <source>What a doctor, nurse or paramedic should know about you first. You can share it with your GP from Share and back up.</source>
        <translation>Co lekarz, pielęgniarka lub ratownik powinni wiedzieć o Tobie najpierw. Możesz to udostępnić lekarzowi rodzinnemu w części Udostępnianie i kopia zapasowa.</translation>
    </message>
    <message>
        <source>Your changes were undone.</source>
        <translation>Zmiany zostały cofnięte.</translation>
    </message>
    <message>
        <source>Your health summary is saved.</source>
        <translation>Podsumowanie zdrowia zostało zapisane.</translation>
    </message>
    <message>
        <source>a condition</source>
        <translation>chorobę</translation>
    </message>
    <message>
        <source>a contact</source>
        <translation>kontakt</translation>
    </message>
    <message>
        <source>an allergy</source>
        <translation>alergię</translation>
    </message>
    <message>
        <source>gone away</source>
        <translation>minęła</translation>
    </message>
    <message>
        <source>intolerance</source>
        <translation>nietolerancja</translation>
    </message>
    <message>
        <source>since {day}</source>
        <translation>od {day}</translation>
    </message>
    <message>
        <source>condition</source>
        <translation>choroba</translation>
    </message>
    <message>
        <source>allergy</source>
        <translation>alergia</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>kontakt</translation>
    </message>
    <message>
        <source>Information in large print</source>
        <translation>Informacje dużą czcionką</translation>
    </message>
    <message>
        <source>Information in easy read</source>
        <translation>Informacje w tekście łatwym do czytania</translation>
    </message>
    <message>
        <source>Someone to come with me</source>
        <translation>Ktoś, kto przyjdzie ze mną</translation>
    </message>
    <message>
        <source>I need: {need}</source>
        <translation>Potrzebuję: {need}</translation>
    </message>
    <message>
        <source>A British Sign Language interpreter</source>
        <translation>Tłumacz brytyjskiego języka migowego (BSL)</translation>
    </message>
    <message>
        <source>I &amp;need</source>
        <translation>&amp;Potrzebuję</translation>
    </message>
</context>
<context>
    <name>AddServiceDialog</name>
<message>
        <source>Add to my plan</source>
        <translation>Dodaj do mojego planu</translation>
    </message>
    <message>
        <source>The goal it helps with, if any</source>
        <translation>Cel, w którym pomaga (jeśli jest)</translation>
    </message>
    <message>
        <source>No goal</source>
        <translation>Bez celu</translation>
    </message>
    <message>
        <source>For my &amp;goal</source>
        <translation>Dla mojego &amp;celu</translation>
    </message>
    <message>
        <source>No times are listed: ask the service.</source>
        <translation>Nie podano godzin: zapytaj organizatorów.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Kiedy</translation>
    </message>
    <message>
        <source>Add this service to my plan</source>
        <translation>Dodaj tę usługę do mojego planu</translation>
    </message>
</context>
<context>
    <name>AttendanceDialog</name>
<message>
        <source>I went</source>
        <translation>Byłem/byłam</translation>
    </message>
    <message>
        <source>Not this time</source>
        <translation>Nie tym razem</translation>
    </message>
    <message>
        <source>The day of the session</source>
        <translation>Dzień zajęć</translation>
    </message>
    <message>
        <source>&amp;Day</source>
        <translation>&amp;Dzień</translation>
    </message>
    <message>
        <source>Why not, if you want to say</source>
        <translation>Dlaczego nie, jeśli chcesz powiedzieć</translation>
    </message>
    <message>
        <source>I would rather not say</source>
        <translation>Wolę nie mówić</translation>
    </message>
    <message>
        <source>A note for myself</source>
        <translation>Notatka dla siebie</translation>
    </message>
    <message>
        <source>&amp;Why not</source>
        <translation>Dlaczego &amp;nie</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Notatka</translation>
    </message>
    <message>
        <source>Save that I went</source>
        <translation>Zapisz, że byłem/byłam</translation>
    </message>
    <message>
        <source>Save that I did not go</source>
        <translation>Zapisz, że nie poszedłem/poszłam</translation>
    </message>
    <message>
        <source>Please keep the note under 5,000 characters.</source>
        <translation>Notatka może mieć najwyżej 5000 znaków.</translation>
    </message>
</context>
<context>
    <name>GoingActions</name>
<message>
        <source>Community support I chose</source>
        <translation>Wybrane przeze mnie wsparcie w społeczności</translation>
    </message>
    <message>
        <source>Community support sessions today</source>
        <translation>Dzisiejsze zajęcia wsparcia w społeczności</translation>
    </message>
    <message>
        <source>Choose a service, then say whether you went.</source>
        <translation>Wybierz usługę, a potem powiedz, czy byłeś/byłaś.</translation>
    </message>
    <message>
        <source>I &amp;went…</source>
        <translation>&amp;Byłem/byłam…</translation>
    </message>
    <message>
        <source>I &amp;went</source>
        <translation>&amp;Byłem/byłam</translation>
    </message>
    <message>
        <source>Say that I went to the chosen service</source>
        <translation>Zapisz, że byłem/byłam w wybranej usłudze</translation>
    </message>
    <message>
        <source>&amp;Not this time…</source>
        <translation>&amp;Nie tym razem…</translation>
    </message>
    <message>
        <source>Say that I did not go to the chosen service this time</source>
        <translation>Zapisz, że tym razem nie poszedłem/poszłam do wybranej usługi</translation>
    </message>
    <message numerus="yes">
        <location line="+0" />
        <source>{name}: went {count} times so far</source>
        <translation>
            <numerusform>{name}: dotąd byłem/byłam {count} raz</numerusform>
            <numerusform>{name}: dotąd byłem/byłam {count} razy</numerusform>
            <numerusform>{name}: dotąd byłem/byłam {count} razy</numerusform>
        </translation>
    </message>
    <message>
        <source>{name}: {state}</source>
        <translation>{name}: {state}</translation>
    </message>
    <message>
        <source>Saved: you went to {name}.</source>
        <translation>Zapisano: byłeś/byłaś na {name}.</translation>
    </message>
    <message>
        <source>Saved: not this time for {name}.</source>
        <translation>Zapisano: tym razem bez {name}.</translation>
    </message>
</context>
<context>
    <name>ReferralDialog</name>
<message>
        <source>Change my referral</source>
        <translation>Zmień moje skierowanie</translation>
    </message>
    <message>
        <source>Record a referral</source>
        <translation>Zapisz skierowanie</translation>
    </message>
    <message>
        <source>Who referred me</source>
        <translation>Kto mnie skierował</translation>
    </message>
    <message>
        <source>Name of the person or practice that referred me</source>
        <translation>Imię i nazwisko osoby lub nazwa przychodni, która mnie skierowała</translation>
    </message>
    <message>
        <source>For example: Dr Okafor, Lea Surgery</source>
        <translation>Na przykład: dr Okafor, Lea Surgery</translation>
    </message>
    <message>
        <source>Date of the referral</source>
        <translation>Data skierowania</translation>
    </message>
    <message>
        <source>Why I was referred, in my own words</source>
        <translation>Dlaczego zostałem/zostałam skierowany/skierowana, moimi słowami</translation>
    </message>
    <message>
        <source>My link worker's name</source>
        <translation>Imię i nazwisko mojego koordynatora wsparcia</translation>
    </message>
    <message>
        <source>My link worker's phone number</source>
        <translation>Numer telefonu mojego koordynatora wsparcia</translation>
    </message>
    <message>
        <source>My link worker's email address</source>
        <translation>Adres e-mail mojego koordynatora wsparcia</translation>
    </message>
    <message>
        <source>What matters to me, from our conversation</source>
        <translation>Co jest dla mnie ważne, z naszej rozmowy</translation>
    </message>
    <message>
        <source>Each line is added to What matters to me in your plan.</source>
        <translation>Każdy wiersz zostanie dodany do części „Co jest dla mnie ważne” w Twoim planie.</translation>
    </message>
    <message>
        <source>Weeks after the start to ask how I am</source>
        <translation>Po ilu tygodniach od początku zapytać, jak się czuję</translation>
    </message>
    <message>
        <source>Write the weeks with commas between them, like 0, 6, 12.</source>
        <translation>Wpisz tygodnie oddzielone przecinkami, np. 0, 6, 12.</translation>
    </message>
    <message>
        <source>&amp;Referred by</source>
        <translation>&amp;Skierowanie od</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Imię i nazwisko</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Data</translation>
    </message>
    <message>
        <source>Why, in &amp;my words</source>
        <translation>Dlaczego, &amp;moimi słowami</translation>
    </message>
    <message>
        <source>&amp;Link worker</source>
        <translation>&amp;Koordynator wsparcia</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Telefon</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <source>&amp;What matters to me</source>
        <translation>&amp;Co jest dla mnie ważne</translation>
    </message>
    <message>
        <source>Check-ins after (&amp;weeks)</source>
        <translation>Ankiety po (&amp;tygodniach)</translation>
    </message>
    <message>
        <source>Save this referral</source>
        <translation>Zapisz to skierowanie</translation>
    </message>
    <message>
        <source>Write whole numbers of weeks, like 0, 6, 12.</source>
        <translation>Wpisz pełne liczby tygodni, np. 0, 6, 12.</translation>
    </message>
    <message>
        <source>Link worker (social prescribing)</source>
        <translation>Koordynator wsparcia (preskrypcja społeczna)</translation>
    </message>
    <message>
        <source>Please give your link worker's name.</source>
        <translation>Podaj imię i nazwisko koordynatora wsparcia.</translation>
    </message>
</context>
<context>
    <name>SocialDialogs</name>
<message>
        <source>My GP or practice</source>
        <translation>Mój lekarz rodzinny lub przychodnia</translation>
    </message>
    <message>
        <source>A link worker</source>
        <translation>Koordynator wsparcia</translation>
    </message>
    <message>
        <source>I referred myself</source>
        <translation>Zgłosiłem/zgłosiłam się sam/sama</translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation>Ktoś inny</translation>
    </message>
    <message>
        <source>It costs too much</source>
        <translation>To za drogo</translation>
    </message>
    <message>
        <source>Getting there was hard</source>
        <translation>Trudno było dojechać</translation>
    </message>
    <message>
        <source>I felt unwell</source>
        <translation>Źle się czułem/czułam</translation>
    </message>
    <message>
        <source>It is not for me</source>
        <translation>To nie dla mnie</translation>
    </message>
    <message>
        <source>Something else</source>
        <translation>Coś innego</translation>
    </message>
    <message>
        <source>at the start</source>
        <translation>na początku</translation>
    </message>
    <message numerus="yes">
        <location line="+0" />
        <source>after {n} weeks</source>
        <translation>
            <numerusform>po {n} tygodniu</numerusform>
            <numerusform>po {n} tygodniach</numerusform>
            <numerusform>po {n} tygodniach</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SocialView</name>
<message>
        <source>not recorded yet</source>
        <translation>jeszcze nie zapisano</translation>
    </message>
    <message>
        <source>I went</source>
        <translation>byłem/byłam</translation>
    </message>
    <message>
        <source>not this time ({reason})</source>
        <translation>nie tym razem ({reason})</translation>
    </message>
    <message>
        <source>not this time</source>
        <translation>nie tym razem</translation>
    </message>
    <message>
        <source>Every day</source>
        <translation>Codziennie</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>{start}–{end}</translation>
    </message>
    <message>
        <source>Community support</source>
        <translation>Wsparcie w społeczności</translation>
    </message>
    <message>
        <source>Support in your community: groups, activities and advice a link worker or your GP can refer you to, or that you find yourself.</source>
        <translation>Wsparcie w Twojej okolicy: grupy, zajęcia i porady, do których może Cię skierować koordynator wsparcia lub lekarz rodzinny albo które znajdziesz sam/sama.</translation>
    </message>
    <message>
        <source>My referral</source>
        <translation>Moje skierowanie</translation>
    </message>
    <message>
        <source>About my referral</source>
        <translation>O moim skierowaniu</translation>
    </message>
    <message>
        <source>My referrals</source>
        <translation>Moje skierowania</translation>
    </message>
    <message>
        <source>Press Enter to change the referral.</source>
        <translation>Naciśnij Enter, aby zmienić skierowanie.</translation>
    </message>
    <message>
        <source>&amp;Record a referral…</source>
        <translation>&amp;Zapisz skierowanie…</translation>
    </message>
    <message>
        <source>Record a new referral</source>
        <translation>Zapisz nowe skierowanie</translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>&amp;Zmień…</translation>
    </message>
    <message>
        <source>Change the chosen referral</source>
        <translation>Zmień wybrane skierowanie</translation>
    </message>
    <message>
        <source>Find support</source>
        <translation>Znajdź wsparcie</translation>
    </message>
    <message>
        <source>Words to search for</source>
        <translation>Słowa do wyszukania</translation>
    </message>
    <message>
        <source>For example: walking, food, carers</source>
        <translation>Na przykład: walking, food, carers</translation>
    </message>
    <message>
        <source>Borough</source>
        <translation>Dzielnica</translation>
    </message>
    <message>
        <source>All of London</source>
        <translation>Cały Londyn</translation>
    </message>
    <message>
        <source>Kind of support</source>
        <translation>Rodzaj wsparcia</translation>
    </message>
    <message>
        <source>Any kind of support</source>
        <translation>Każdy rodzaj wsparcia</translation>
    </message>
    <message>
        <source>Day of the week</source>
        <translation>Dzień tygodnia</translation>
    </message>
    <message>
        <source>Any day</source>
        <translation>Każdy dzień</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Koszt</translation>
    </message>
    <message>
        <source>Free or paid</source>
        <translation>Bezpłatne lub płatne</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Bezpłatne</translation>
    </message>
    <message>
        <source>£{amount}</source>
        <translation>£{amount}</translation>
    </message>
    <message>
        <source>There is a cost</source>
        <translation>Jest opłata</translation>
    </message>
    <message>
        <source>Not known: ask the service</source>
        <translation>Nie wiadomo: zapytaj organizatorów</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Co się dzieje</translation>
    </message>
    <message>
        <source>Run by</source>
        <translation>Prowadzi</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Kiedy</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Gdzie</translation>
    </message>
    <message>
        <source>How to get there</source>
        <translation>Jak dojechać</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Accessibility</source>
        <translation>Dostępność</translation>
    </message>
    <message>
        <source>No notes given: ask the service.</source>
        <translation>Brak informacji: zapytaj organizatorów.</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Płatne</translation>
    </message>
    <message>
        <source>&amp;Search for</source>
        <translation>&amp;Szukaj</translation>
    </message>
    <message>
        <source>Services found</source>
        <translation>Znalezione usługi</translation>
    </message>
    <message>
        <source>Choose a service to read about it below.</source>
        <translation>Wybierz usługę, aby przeczytać o niej poniżej.</translation>
    </message>
    <message>
        <source>About the chosen service</source>
        <translation>O wybranej usłudze</translation>
    </message>
    <message>
        <source>&amp;Add to my plan…</source>
        <translation>&amp;Dodaj do mojego planu…</translation>
    </message>
    <message>
        <source>Add the chosen service to my plan</source>
        <translation>Dodaj wybraną usługę do mojego planu</translation>
    </message>
    <message>
        <source>Going</source>
        <translation>Chodzenie</translation>
    </message>
    <message>
        <source>No services in your plan yet. Find one and choose Add to my plan.</source>
        <translation>W Twoim planie nie ma jeszcze usług. Znajdź jakąś i wybierz „Dodaj do mojego planu”.</translation>
    </message>
    <message>
        <source>Sessions of the chosen service</source>
        <translation>Zajęcia wybranej usługi</translation>
    </message>
    <message>
        <source>Sessions I went to, by month</source>
        <translation>Zajęcia, na których byłem/byłam, według miesięcy</translation>
    </message>
    <message>
        <source>Did it help?</source>
        <translation>Czy to pomogło?</translation>
    </message>
    <message>
        <source>Well-being check-ins</source>
        <translation>Ankiety o samopoczuciu</translation>
    </message>
    <message>
        <source>Start the we&amp;ll-being check-in</source>
        <translation>Rozpocznij &amp;ankietę o samopoczuciu</translation>
    </message>
    <message>
        <source>Open the well-being check-in (ONS4) in Check-ins</source>
        <translation>Otwórz ankietę o samopoczuciu (ONS4) w Ankietach</translation>
    </message>
    <message>
        <source>What changed since the first check-in</source>
        <translation>Co się zmieniło od pierwszej ankiety</translation>
    </message>
    <message>
        <source>Give &amp;feedback on this service…</source>
        <translation>Przekaż &amp;opinię o tej usłudze…</translation>
    </message>
    <message>
        <source>Give feedback on the chosen service (Friends and Family Test)</source>
        <translation>Przekaż opinię o wybranej usłudze (Friends and Family Test)</translation>
    </message>
    <message>
        <source>Pr&amp;int a summary for my link worker…</source>
        <translation>&amp;Wydrukuj podsumowanie dla koordynatora wsparcia…</translation>
    </message>
    <message>
        <source>Save a one-page summary for my link worker as a PDF</source>
        <translation>Zapisz jednostronicowe podsumowanie dla koordynatora wsparcia jako PDF</translation>
    </message>
    <message>
        <source>No referral recorded. If your GP or a link worker referred you to community support, choose Record a referral.</source>
        <translation>Nie zapisano skierowania. Jeśli lekarz rodzinny lub koordynator wsparcia skierował Cię do wsparcia w społeczności, wybierz „Zapisz skierowanie”.</translation>
    </message>
    <message>
        <source>{day}: {who}</source>
        <translation>{day}: {who}</translation>
    </message>
    <message>
        <source>Why: {reason}</source>
        <translation>Dlaczego: {reason}</translation>
    </message>
    <message>
        <source>Link worker: {name}</source>
        <translation>Koordynator wsparcia: {name}</translation>
    </message>
    <message>
        <source>What matters to me: {words}</source>
        <translation>Co jest dla mnie ważne: {words}</translation>
    </message>
    <message>
        <source>Well-being check-ins: {when}.</source>
        <translation>Ankiety o samopoczuciu: {when}.</translation>
    </message>
    <message>
        <source>Your referral is saved.</source>
        <translation>Skierowanie zostało zapisane.</translation>
    </message>
    <message>
        <source>No list of services on this computer yet. In Taking part, turn on "Download the list of local services" and press Sync now once; after that, searching works without the internet.</source>
        <translation>Na tym komputerze nie ma jeszcze listy usług. W części „Udział” włącz „Pobieraj listę lokalnych usług” i raz naciśnij „Synchronizuj teraz”; potem wyszukiwanie działa bez internetu.</translation>
    </message>
    <message>
        <source>Services found: {count}</source>
        <translation>Znalezione usługi: {count}</translation>
    </message>
    <message>
        <source>Added to your plan: {name}.</source>
        <translation>Dodano do Twojego planu: {name}.</translation>
    </message>
    <message numerus="yes">
        <location line="+0" />
        <source>Went {went} times, missed {missed}. Last time: {day}, {state}.</source>
        <translation>
            <numerusform>Byłem/byłam {went} raz, nieobecności: {missed}. Ostatnio: {day}, {state}.</numerusform>
            <numerusform>Byłem/byłam {went} razy, nieobecności: {missed}. Ostatnio: {day}, {state}.</numerusform>
            <numerusform>Byłem/byłam {went} razy, nieobecności: {missed}. Ostatnio: {day}, {state}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Why not: {reasons}</source>
        <translation>Dlaczego nie: {reasons}</translation>
    </message>
    <message>
        <source>No sessions recorded yet.</source>
        <translation>Nie zapisano jeszcze żadnych zajęć.</translation>
    </message>
    <message>
        <source>went {went} of {all}</source>
        <translation>obecność {went} z {all}</translation>
    </message>
    <message>
        <source>Sessions of {name} I went to, by month</source>
        <translation>Zajęcia {name}, na których byłem/byłam, według miesięcy</translation>
    </message>
    <message>
        <source>Once you record a referral, a short well-being check-in is offered at the start and after some weeks, to see what changed.</source>
        <translation>Po zapisaniu skierowania na początku i po kilku tygodniach pojawi się krótka ankieta o samopoczuciu, aby zobaczyć, co się zmieniło.</translation>
    </message>
    <message>
        <source>A well-being check-in is due now ({when}).</source>
        <translation>Czas na ankietę o samopoczuciu ({when}).</translation>
    </message>
    <message>
        <source>No well-being check-in is due now.</source>
        <translation>Teraz nie ma ankiety o samopoczuciu do wypełnienia.</translation>
    </message>
    <message>
        <source>{when}: done on {day}</source>
        <translation>{when}: wypełniona {day}</translation>
    </message>
    <message>
        <source>{when}: due now, until {day}</source>
        <translation>{when}: teraz, do {day}</translation>
    </message>
    <message>
        <source>{when}: from {day}</source>
        <translation>{when}: od {day}</translation>
    </message>
    <message>
        <source>{when}: missed</source>
        <translation>{when}: pominięta</translation>
    </message>
    <message>
        <source>Two check-ins are needed before we can show a change.</source>
        <translation>Potrzebne są dwie ankiety, zanim pokażemy zmianę.</translation>
    </message>
    <message>
        <source>What changed from {first} to {last}:</source>
        <translation>Co się zmieniło od ankiety {first} do ankiety {last}:</translation>
    </message>
    <message>
        <source>no change</source>
        <translation>bez zmian</translation>
    </message>
    <message>
        <source>better by {n}</source>
        <translation>lepiej o {n}</translation>
    </message>
    <message>
        <source>worse by {n}</source>
        <translation>gorzej o {n}</translation>
    </message>
    <message>
        <source>{name}: {before} to {after} ({how})</source>
        <translation>{name}: {before} → {after} ({how})</translation>
    </message>
    <message>
        <source>For anxiety, a lower number is better.</source>
        <translation>W przypadku niepokoju niższa liczba jest lepsza.</translation>
    </message>
    <message>
        <source>To give feedback, first turn on "Send feedback about services" in Taking part, under Choices.</source>
        <translation>Aby przekazać opinię, najpierw włącz „Wysyłaj opinie o usługach” w części „Udział”, w sekcji „Wybory”.</translation>
    </message>
    <message>
        <source>This service is no longer in the list of local services, so feedback cannot be sent about it.</source>
        <translation>Tej usługi nie ma już na liście lokalnych usług, więc nie można wysłać o niej opinii.</translation>
    </message>
    <message>
        <source>Added to the send list. You can check it in Taking part.</source>
        <translation>Dodano do listy do wysłania. Możesz to sprawdzić w części „Udział”.</translation>
    </message>
    <message>
        <source>Save the summary for my link worker</source>
        <translation>Zapisz podsumowanie dla koordynatora wsparcia</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Pliki PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved the summary for your link worker to {path}.</source>
        <translation>Zapisano podsumowanie dla koordynatora wsparcia w {path}.</translation>
    </message>
    <message>
        <source>Saving the summary as a PDF…</source>
        <translation>Zapisywanie podsumowania jako PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/views/social.py" />
        <source>Share what h&amp;elped…</source>
        <translation>Podziel się tym, co p&amp;omogło…</translation>
    </message>
    <message>
        <location filename="../../ui/views/social.py" />
        <source>Share what changed for me with the chosen service's kind, with random noise</source>
        <translation>Udostępnij, co się u mnie zmieniło, dla rodzaju wybranej usługi, z losowym szumem</translation>
    </message>
    <message>
        <location filename="../../ui/views/social.py" />
        <source>Share what helped</source>
        <translation>Podziel się tym, co pomogło</translation>
    </message>
    <message>
        <location filename="../../ui/views/social.py" />
        <source>Send the kind of service ({category}), its borough, about how many times you went, and how much your four well-being scores changed, with random noise mixed in? Never the service's name, your scores themselves, or dates.</source>
        <translation>Wysłać rodzaj usługi ({category}), jej dzielnicę, mniej więcej ile razy tam byłeś lub byłaś oraz o ile zmieniły się twoje cztery wyniki samopoczucia, z domieszką losowego szumu? Nigdy nazwy usługi, samych wyników ani dat.</translation>
    </message>
</context>
</TS>
