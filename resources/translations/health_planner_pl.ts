<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl" sourcelanguage="en_GB">
<context>
    <name></name>
    <message>
        <location filename="../../ui/views/participation.py" line="+119"/>
        <source>Feedback on a service: {rating}</source>
        <translation>Opinia o usłudze: {rating}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Survey answer</source>
        <translation>Odpowiedź w ankiecie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wellbeing scores (with random noise)</source>
        <translation>Wyniki samopoczucia (z losowym szumem)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>What you are agreeing to</source>
        <translation>Na co się zgadzasz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Version {version} of this text.</source>
        <translation>Wersja {version} tego tekstu.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>I agree</source>
        <translation>Zgadzam się</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <source>Not now</source>
        <translation>Nie teraz</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>I agree to: {title}</source>
        <translation>Zgadzam się na: {title}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Feedback on {name}</source>
        <translation>Opinia o: {name}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Anything you want to add? (You do not have to.) Please do not write your name or health details.</source>
        <translation>Chcesz coś dodać? (Nie musisz.) Nie wpisuj swojego imienia ani informacji o zdrowiu.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your comment</source>
        <translation>Twój komentarz</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+2"/>
        <source>Add to the send list</source>
        <translation>Dodaj do listy do wysłania</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+61"/>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>Choose an answer first.</source>
        <translation>Najpierw wybierz odpowiedź.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Please keep your comment under 2,000 characters.</source>
        <translation>Komentarz może mieć najwyżej 2000 znaków.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Your own words for: {question}</source>
        <translation>Twoimi słowami: {question}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your own words (you do not have to)</source>
        <translation>Twoimi słowami (nie musisz)</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+2"/>
        <source>Add my answers to the send list</source>
        <translation>Dodaj moje odpowiedzi do listy do wysłania</translation>
    </message>
    <message>
        <location line="+440"/>
        <source>Set the server address first.</source>
        <translation>Najpierw ustaw adres serwera.</translation>
    </message>
</context>
<context>
    <name>ActionDialog</name>
    <message>
        <location filename="../../ui/dialogs/plan_items.py" line="+97"/>
        <source>Change an action</source>
        <translation>Zmień działanie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New action</source>
        <translation>Nowe działanie</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What will be done</source>
        <translation>Co będzie zrobione</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For example: Walk with Priya</source>
        <translation>Na przykład: Spacer z Priyą</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who does it</source>
        <translation>Kto to robi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Me</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Which goal it helps with</source>
        <translation>W którym celu pomaga</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No goal</source>
        <translation>Bez celu</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How often</source>
        <translation>Jak często</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Once</source>
        <translation>Raz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every day or every few days</source>
        <translation>Codziennie lub co kilka dni</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every week or every few weeks</source>
        <translation>Co tydzień lub co kilka tygodni</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every month or every few months</source>
        <translation>Co miesiąc lub co kilka miesięcy</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Repeat every</source>
        <translation>Powtarzaj co</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Start date</source>
        <translation>Data rozpoczęcia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop on a date</source>
        <translation>Zakończ w dniu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop repeating on a date</source>
        <translation>Przestań powtarzać w wybranym dniu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last date</source>
        <translation>Ostatni dzień</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On a set date</source>
        <translation>W wybranym dniu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do it on a set date</source>
        <translation>Zrób to w wybranym dniu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date to do it</source>
        <translation>Dzień, w którym to zrobić</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Done</source>
        <translation>&amp;Zrobione</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This action is done</source>
        <translation>To działanie jest zrobione</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;What</source>
        <translation>&amp;Co</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wh&amp;o</source>
        <translation>&amp;Kto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Goal</source>
        <translation>C&amp;el</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Repeat</source>
        <translation>&amp;Powtarzanie</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>E&amp;very</source>
        <translation>C&amp;o</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>On these days</source>
        <translation>W te dni</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;From</source>
        <translation>&amp;Od</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Until</source>
        <translation>Do</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>When</source>
        <translation>Kiedy</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Keep this action</source>
        <translation>Zachowaj to działanie</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>day</source>
        <translation>dzień</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>days</source>
        <translation>dni</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>week</source>
        <translation>tydzień</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>weeks</source>
        <translation>tygodnie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>month</source>
        <translation>miesiąc</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>months</source>
        <translation>miesiące</translation>
    </message>
</context>
<context>
    <name>AlertPanel</name>
    <message>
        <location filename="../../ui/views/checkins.py" line="+103"/>
        <source>Please get help now</source>
        <translation>Proszę, poszukaj pomocy teraz</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <location filename="../../ui/widgets/banner.py" line="+41"/>
        <source>Message</source>
        <translation>Wiadomość</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Dismiss</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dismiss this message</source>
        <translation>Zamknij tę wiadomość</translation>
    </message>
</context>
<context>
    <name>CheckinsView</name>
    <message>
        <location filename="../../ui/views/checkins.py" line="-49"/>
        <source>PHQ-9 score</source>
        <translation>Wynik PHQ-9</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GAD-7 score</source>
        <translation>Wynik GAD-7</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Life satisfaction</source>
        <translation>Zadowolenie z życia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Feeling that life is worthwhile</source>
        <translation>Poczucie, że życie ma sens</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Happiness yesterday</source>
        <translation>Szczęście wczoraj</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anxiety yesterday</source>
        <translation>Niepokój wczoraj</translation>
    </message>
    <message>
        <location line="+374"/>
        <location line="+20"/>
        <source>Check-ins</source>
        <translation>Samopoczucie</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Questionnaires</source>
        <translation>Kwestionariusze</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>How it has gone</source>
        <translation>Jak było do tej pory</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Short questionnaires about how you feel. Your answers stay on this computer.</source>
        <translation>Krótkie kwestionariusze o tym, jak się czujesz. Twoje odpowiedzi zostają na tym komputerze.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Check-in saved.</source>
        <translation>Zapisano.</translation>
    </message>
</context>
<context>
    <name>CoreMessages</name>
    <message>
        <location filename="../../ui/forms.py" line="+148"/>
        <source>That passphrase does not open this profile.</source>
        <translation>To hasło nie otwiera tego profilu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This profile is not remembered on this computer.</source>
        <translation>Ten komputer nie pamięta tego profilu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give the profile a name.</source>
        <translation>Nadaj profilowi nazwę.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Profile names can be up to 40 characters.</source>
        <translation>Nazwa profilu może mieć najwyżej 40 znaków.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Profile names cannot contain control characters.</source>
        <translation>Nazwa profilu nie może zawierać znaków sterujących.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use a passphrase of at least 4 characters.</source>
        <translation>Użyj hasła, które ma co najmniej 4 znaki.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The profile is locked.</source>
        <translation>Profil jest zablokowany.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This computer has no secure keyring, so it cannot remember you.</source>
        <translation>Ten komputer nie ma bezpiecznego schowka na klucze, więc nie może cię zapamiętać.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The remembered key is damaged. Unlock with your passphrase.</source>
        <translation>Zapamiętany klucz jest uszkodzony. Odblokuj profil hasłem.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Too many wrong tries. Wait %1 seconds, then try again.</source>
        <translation>Za dużo błędnych prób. Odczekaj %1 s i spróbuj ponownie.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is already a profile called “%1”.</source>
        <translation>Profil o nazwie „%1” już istnieje.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no profile called “%1” here.</source>
        <translation>Nie ma tu profilu o nazwie „%1”.</translation>
    </message>
</context>
<context>
    <name>Forms</name>
    <message>
        <location line="-34"/>
        <source>Too short. Use at least 4 characters.</source>
        <translation>Za krótkie. Użyj co najmniej 4 znaków.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Strong. This passphrase is hard to guess.</source>
        <translation>Mocne. Trudno je odgadnąć.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Good. One more word would make it stronger.</source>
        <translation>Dobre. Jeszcze jedno słowo sprawi, że będzie mocniejsze.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Weak. Try 3 or 4 random words, like “yellow kettle river lamp”.</source>
        <translation>Słabe. Spróbuj 3 lub 4 przypadkowych słów, np. „żółty czajnik rzeka lampa”.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>This computer ran out of memory. Close some other programs and try again.</source>
        <translation>Na komputerze zabrakło pamięci. Zamknij inne programy i spróbuj ponownie.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Health Planner could not read or save a file. Check the disk or USB stick is plugged in and not full, then try again.</source>
        <translation>Health Planner nie może odczytać ani zapisać pliku. Sprawdź, czy dysk lub pendrive jest podłączony i nie jest pełny, a potem spróbuj ponownie.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sorry, something went wrong. Nothing was changed. Please try again. If it keeps happening, close Health Planner and open it again.</source>
        <translation>Przepraszamy, coś poszło nie tak. Nic nie zostało zmienione. Spróbuj ponownie. Jeśli to się powtarza, zamknij Health Planner i otwórz go jeszcze raz.</translation>
    </message>
</context>
<context>
    <name>GoalDialog</name>
    <message>
        <location filename="../../ui/dialogs/goal_editor.py" line="+60"/>
        <source>Change a goal</source>
        <translation>Zmień cel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New goal</source>
        <translation>Nowy cel</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What is your goal?</source>
        <translation>Jaki jest twój cel?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For example: Walk 7,000 steps a day</source>
        <translation>Na przykład: 7000 kroków dziennie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Why it matters to you</source>
        <translation>Dlaczego to dla ciebie ważne</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How you will measure it</source>
        <translation>Jak to zmierzysz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I will not measure it</source>
        <translation>Nie będę tego mierzyć</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+133"/>
        <source>Target</source>
        <translation>Cel liczbowy</translation>
    </message>
    <message>
        <location line="-130"/>
        <source>Is more better, or less?</source>
        <translation>Lepiej więcej czy mniej?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Start date</source>
        <translation>Data rozpoczęcia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I want to reach it &amp;by a date</source>
        <translation>Chcę to osiągnąć &amp;do określonego dnia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set a date to reach it by</source>
        <translation>Ustaw dzień, do którego to osiągniesz</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Date to reach it by</source>
        <translation>Dzień, do którego to osiągniesz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where this goal stands</source>
        <translation>Na jakim etapie jest ten cel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add it to my &amp;care plan</source>
        <translation>Dodaj do mojego &amp;planu opieki</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add this goal to my care plan</source>
        <translation>Dodaj ten cel do mojego planu opieki</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Goal</source>
        <translation>C&amp;el</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Why it matters</source>
        <translation>Dlacze&amp;go to ważne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Measure with</source>
        <translation>&amp;Mierz za pomocą</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Target</source>
        <translation>Cel &amp;liczbowy</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Start</source>
        <translation>&amp;Początek</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reach it by</source>
        <translation>Osiągnij do</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stat&amp;us</source>
        <translation>&amp;Stan</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save this goal</source>
        <translation>Zapisz ten cel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel without saving</source>
        <translation>Anuluj bez zapisywania</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>out of 10</source>
        <translation>na 10</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(1 for yes, 0 for no)</source>
        <translation>(1 to tak, 0 to nie)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Target in {unit}</source>
        <translation>Cel w jednostkach: {unit}</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Enter the number you are aiming for, like 85 or 7000.</source>
        <translation>Wpisz liczbę, do której dążysz, np. 85 albo 7000.</translation>
    </message>
</context>
<context>
    <name>GoalsView</name>
    <message>
        <location filename="../../ui/views/goals.py" line="+67"/>
        <location line="+66"/>
        <source>What matters to me and my goals</source>
        <translation>Co jest dla mnie ważne i moje cele</translation>
    </message>
    <message>
        <location line="-60"/>
        <location line="+1"/>
        <source>What matters to me</source>
        <translation>Co jest dla mnie ważne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Something that matters to you</source>
        <translation>Coś, co jest dla ciebie ważne</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The things that matter most to you. They are part of your plan.</source>
        <translation>Rzeczy, które są dla ciebie najważniejsze. Są częścią twojego planu.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+2"/>
        <source>My goals</source>
        <translation>Moje cele</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Press Enter to change the chosen goal.</source>
        <translation>Naciśnij Enter, aby zmienić wybrany cel.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;New goal…</source>
        <translation>&amp;Nowy cel…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make a new goal</source>
        <translation>Utwórz nowy cel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Change…</source>
        <translation>&amp;Zmień…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the chosen goal</source>
        <translation>Zmień wybrany cel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark as d&amp;one</source>
        <translation>Oznacz jako &amp;osiągnięty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark the chosen goal as done</source>
        <translation>Oznacz wybrany cel jako osiągnięty</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Put on &amp;hold</source>
        <translation>&amp;Wstrzymaj</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put the chosen goal on hold</source>
        <translation>Wstrzymaj wybrany cel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Start again</source>
        <translation>Zacznij &amp;ponownie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start working on the chosen goal again</source>
        <translation>Znów pracuj nad wybranym celem</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>You have no goals yet. Choose New goal to make one.</source>
        <translation>Nie masz jeszcze celów. Wybierz „Nowy cel”, aby go utworzyć.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+5"/>
        <source>Progress</source>
        <translation>Postęp</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Why it matters</source>
        <translation>Dlaczego to ważne</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>This goal is not measured with a tracker.</source>
        <translation>Ten cel nie jest mierzony.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Target: {target}. Nothing logged since the start yet.</source>
        <translation>Cel: {target}. Od początku nic jeszcze nie zapisano.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Latest: {latest}. Target: {target}. You have reached it!</source>
        <translation>Ostatnio: {latest}. Cel: {target}. Udało się!</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Latest: {latest}. Target: {target}. You are {percent}% of the way there.</source>
        <translation>Ostatnio: {latest}. Cel: {target}. Jesteś w {percent}% drogi.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Target: {target}</source>
        <translation>Cel: {target}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>By {day}</source>
        <translation>Do {day}</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Changed what matters to me.</source>
        <translation>Zmieniono to, co jest dla mnie ważne.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved. Your plan has a new version.</source>
        <translation>Zapisano. Twój plan ma nową wersję.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Added the goal: {title}</source>
        <translation>Dodano cel: {title}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Goal saved.</source>
        <translation>Cel zapisany.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Well done! The goal is marked as done.</source>
        <translation>Brawo! Cel jest oznaczony jako osiągnięty.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The goal is on hold. You can start again any time.</source>
        <translation>Cel jest wstrzymany. Możesz wrócić do niego w każdej chwili.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You are working on this goal again.</source>
        <translation>Znów pracujesz nad tym celem.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved.</source>
        <translation>Zapisano.</translation>
    </message>
</context>
<context>
    <name>ItemListEditor</name>
    <message>
        <location filename="../../ui/views/plan.py" line="+89"/>
        <source>Press Enter to change the chosen one.</source>
        <translation>Naciśnij Enter, aby zmienić wybrany element.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add {noun}…</source>
        <translation>Dodaj: {noun}…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add {noun}</source>
        <translation>Dodaj: {noun}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change…</source>
        <translation>Zmień…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the chosen {noun}</source>
        <translation>Zmień wybrany element: {noun}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the chosen {noun}</source>
        <translation>Usuń wybrany element: {noun}</translation>
    </message>
</context>
<context>
    <name>LogEntryDialog</name>
    <message>
        <location filename="../../ui/dialogs/log_entry.py" line="+43"/>
        <source>Change a log entry</source>
        <translation>Zmień wpis</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a log entry</source>
        <translation>Dodaj wpis</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What you are logging</source>
        <translation>Co zapisujesz</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Value</source>
        <translation>Wartość</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Value from 0 to 10</source>
        <translation>Wartość od 0 do 10</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Yes</source>
        <translation>Tak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No</source>
        <translation>Nie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes or no</source>
        <translation>Tak czy nie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What you want to write</source>
        <translation>Co chcesz napisać</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>When</source>
        <translation>Kiedy</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Note (you can leave this empty)</source>
        <translation>Notatka (możesz zostawić pustą)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;What</source>
        <translation>&amp;Co</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Value</source>
        <translation>&amp;Wartość</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>W&amp;hen</source>
        <translation>&amp;Kiedy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Note</source>
        <translation>&amp;Notatka</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save this entry</source>
        <translation>Zapisz ten wpis</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel without saving</source>
        <translation>Anuluj bez zapisywania</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>In {unit}</source>
        <translation>W jednostkach: {unit}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value in {unit}</source>
        <translation>Wartość w jednostkach: {unit}</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Choose what you are logging.</source>
        <translation>Wybierz, co zapisujesz.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This time is in the future. Check the date.</source>
        <translation>Ten czas jest w przyszłości. Sprawdź datę.</translation>
    </message>
</context>
<context>
    <name>LogTableModel</name>
    <message>
        <location filename="../../ui/models/logs.py" line="+45"/>
        <source>When</source>
        <translation>Kiedy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What</source>
        <translation>Co</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value</source>
        <translation>Wartość</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Notatka</translation>
    </message>
</context>
<context>
    <name>LogsView</name>
    <message>
        <location filename="../../ui/views/logs.py" line="+65"/>
        <location line="+95"/>
        <source>Logs</source>
        <translation>Zapisy</translation>
    </message>
    <message>
        <location line="-82"/>
        <source>&amp;Add an entry…</source>
        <translation>&amp;Dodaj wpis…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a log entry</source>
        <translation>Dodaj wpis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Change…</source>
        <translation>&amp;Zmień…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the chosen entry</source>
        <translation>Zmień wybrany wpis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete</source>
        <translation>&amp;Usuń</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the chosen entry</source>
        <translation>Usuń wybrany wpis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Track something &amp;new…</source>
        <translation>Śledź coś &amp;nowego…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start tracking something new</source>
        <translation>Zacznij śledzić coś nowego</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show entries for</source>
        <translation>Pokaż wpisy dla</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show entries from</source>
        <translation>Pokaż wpisy z okresu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All time</source>
        <translation>Cały czas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 7 days</source>
        <translation>Ostatnie 7 dni</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 30 days</source>
        <translation>Ostatnie 30 dni</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 12 months</source>
        <translation>Ostatnie 12 miesięcy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose dates</source>
        <translation>Wybierz daty</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>From date</source>
        <translation>Od dnia</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>To date</source>
        <translation>Do dnia</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Number of entries</source>
        <translation>Liczba wpisów</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Log history</source>
        <translation>Historia zapisów</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Newest first. Press Enter to change an entry, Delete to delete it.</source>
        <translation>Najnowsze na górze. Naciśnij Enter, aby zmienić wpis, albo Delete, aby go usunąć.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Chart of</source>
        <translation>Wykres</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Show:</source>
        <translation>&amp;Pokaż:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;From:</source>
        <translation>&amp;Okres:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>to</source>
        <translation>do</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>C&amp;hart of:</source>
        <translation>&amp;Wykres:</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Everything</source>
        <translation>Wszystko</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>1 entry</source>
        <translation>1 wpis</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n entries</source>
        <translation>
            <numerusform>%n wpis</numerusform>
            <numerusform>%n wpisy</numerusform>
            <numerusform>%n wpisów</numerusform>
        </translation>
    </message>
    <message>
        <location line="+62"/>
        <source>There is nothing to log yet.</source>
        <translation>Nie ma jeszcze czego zapisywać.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>You can now log {label}.</source>
        <translation>Teraz możesz zapisywać: {label}.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Entry added.</source>
        <translation>Dodano wpis.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Entry changed.</source>
        <translation>Zmieniono wpis.</translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>Entry deleted. You can undo this for %n seconds.</source>
        <translation>
            <numerusform>Usunięto wpis. Możesz to cofnąć przez %n sekundę.</numerusform>
            <numerusform>Usunięto wpis. Możesz to cofnąć przez %n sekundy.</numerusform>
            <numerusform>Usunięto wpis. Możesz to cofnąć przez %n sekund.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo</source>
        <translation>&amp;Cofnij</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The entry is back.</source>
        <translation>Wpis wrócił.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/mainwindow.py" line="+196"/>
        <location line="+212"/>
        <source>Health Planner</source>
        <translation>Health Planner</translation>
    </message>
    <message>
        <location line="-211"/>
        <source>&amp;Profile</source>
        <translation>&amp;Profil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Lock</source>
        <translation>Za&amp;blokuj</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Switch profile</source>
        <translation>&amp;Zmień profil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>Za&amp;kończ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Go to</source>
        <translation>P&amp;rzejdź do</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>Pomo&amp;c</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Health Planner</source>
        <translation>&amp;O programie Health Planner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loc&amp;k</source>
        <translation>Za&amp;blokuj</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lock Health Planner</source>
        <translation>Zablokuj Health Planner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lock now (Ctrl+L)</source>
        <translation>Zablokuj teraz (Ctrl+L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Screens</source>
        <translation>Ekrany</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Working…</source>
        <translation>Pracuję…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Working, please wait</source>
        <translation>Pracuję, proszę czekać</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+123"/>
        <source>Profile: %1</source>
        <translation>Profil: %1</translation>
    </message>
    <message>
        <location line="-107"/>
        <source>Settings</source>
        <translation>Ustawienia</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>Unlocked.</source>
        <translation>Odblokowano.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Locked. Type your passphrase to carry on.</source>
        <translation>Zablokowano. Wpisz hasło, aby kontynuować.</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>About Health Planner</source>
        <translation>O programie Health Planner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Health Planner, version %1</source>
        <translation>Health Planner, wersja %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Plan and keep track of your own health and care. Your information stays on this computer, locked with your passphrase.

Fonts: Noto Sans and Noto Naskh Arabic, SIL Open Font License 1.1.</source>
        <translation>Planuj i śledź swoje zdrowie i opiekę. Twoje informacje zostają na tym komputerze, zablokowane twoim hasłem.

Czcionki: Noto Sans i Noto Naskh Arabic, licencja SIL Open Font License 1.1.</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <location filename="../../ui/views/__init__.py" line="+20"/>
        <source>Today</source>
        <translation>Dzisiaj</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What matters and goals</source>
        <translation>Co ważne i cele</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My plan</source>
        <translation>Mój plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logs</source>
        <translation>Zapisy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check-ins</source>
        <translation>Samopoczucie</translation>
    </message>
</context>
<context>
    <name>ParticipationView</name>
    <message>
        <location filename="../../ui/views/participation.py" line="-412"/>
        <source>Taking part</source>
        <translation>Udział</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Share your views with local services and see what other people say. Nothing leaves this computer unless you agree, one kind at a time.</source>
        <translation>Podziel się opinią z lokalnymi usługami i zobacz, co mówią inni. Nic nie opuszcza tego komputera bez twojej zgody, osobno dla każdego rodzaju.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Taking part sections</source>
        <translation>Części udziału</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Choices</source>
        <translation>&amp;Wybory</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Local &amp;services</source>
        <translation>Lokalne &amp;usługi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Su&amp;rveys</source>
        <translation>&amp;Ankiety</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;What people say</source>
        <translation>&amp;Co mówią ludzie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent and &amp;waiting</source>
        <translation>Wysłane i &amp;czekające</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Read and choose</source>
        <translation>Przeczytaj i wybierz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read and choose: {title}</source>
        <translation>Przeczytaj i wybierz: {title}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop sharing</source>
        <translation>Przestań udostępniać</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop: {title}</source>
        <translation>Zatrzymaj: {title}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Participation server</source>
        <translation>Serwer udziału</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Participation server address</source>
        <translation>Adres serwera udziału</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save address</source>
        <translation>Zapisz adres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the server address</source>
        <translation>Zapisz adres serwera</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Address:</source>
        <translation>&amp;Adres:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Last sync:</source>
        <translation>Ostatnia synchronizacja:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;ync now</source>
        <translation>&amp;Synchronizuj teraz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync now</source>
        <translation>Synchronizuj teraz</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sync progress</source>
        <translation>Postęp synchronizacji</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>What are you looking for? e.g. walking, food</source>
        <translation>Czego szukasz? np. spacery, jedzenie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search local services</source>
        <translation>Szukaj lokalnych usług</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Borough</source>
        <translation>Dzielnica</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All of London</source>
        <translation>Cały Londyn</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Find:</source>
        <translation>&amp;Znajdź:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Services found</source>
        <translation>Znalezione usługi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>About this service</source>
        <translation>O tej usłudze</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Give &amp;feedback on this service</source>
        <translation>Wystaw &amp;opinię tej usłudze</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give feedback on this service</source>
        <translation>Wystaw opinię tej usłudze</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Open surveys</source>
        <translation>Otwarte ankiety</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Answer this survey</source>
        <translation>&amp;Odpowiedz na tę ankietę</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answer the chosen survey</source>
        <translation>Odpowiedz na wybraną ankietę</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Share how you feel (wellbeing)</source>
        <translation>Podziel się swoim samopoczuciem</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your borough</source>
        <translation>Twoja dzielnica</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Share my latest scores</source>
        <translation>Udostępnij moje ostatnie wyniki</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Share my latest wellbeing scores</source>
        <translation>Udostępnij moje ostatnie wyniki samopoczucia</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>What people say</source>
        <translation>Co mówią ludzie</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Waiting to be sent. Choose one to see exactly what will be sent.</source>
        <translation>Czeka na wysłanie. Wybierz jeden element, aby zobaczyć dokładnie, co zostanie wysłane.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Waiting to be sent</source>
        <translation>Czeka na wysłanie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exactly what will be sent</source>
        <translation>Dokładnie to, co zostanie wysłane</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Do not send this</source>
        <translation>&amp;Nie wysyłaj tego</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do not send the chosen item</source>
        <translation>Nie wysyłaj wybranego elementu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Already sent</source>
        <translation>Już wysłane</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Already sent: what, when and where</source>
        <translation>Już wysłane: co, kiedy i dokąd</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>On. You agreed on {day}.</source>
        <translation>Włączone. Zgoda z dnia {day}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Off. The text has changed; please read it again.</source>
        <translation>Wyłączone. Tekst się zmienił, przeczytaj go jeszcze raz.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Off. You stopped this on {day}.</source>
        <translation>Wyłączone. Zatrzymano {day}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Off. Nothing is shared.</source>
        <translation>Wyłączone. Nic nie jest udostępniane.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Never</source>
        <translation>Nigdy</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No list of services yet. Turn on &quot;Download the list of local services&quot; in Choices, then press Sync now.</source>
        <translation>Nie ma jeszcze listy usług. Włącz „Pobierz listę lokalnych usług” w Wyborach, a potem naciśnij „Synchronizuj teraz”.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{count} services found.</source>
        <translation>Znalezione usługi: {count}.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Turn on &quot;Answer local surveys and consultations&quot; in Choices to see them.</source>
        <translation>Włącz „Odpowiadaj na lokalne ankiety i konsultacje” w Wyborach, aby je zobaczyć.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No open surveys right now. Press Sync now to check.</source>
        <translation>Teraz nie ma otwartych ankiet. Naciśnij „Synchronizuj teraz”, aby sprawdzić.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open surveys. Answer only what you want to.</source>
        <translation>Otwarte ankiety. Odpowiadaj tylko na to, na co chcesz.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{title} (closes {day})</source>
        <translation>{title} (koniec {day})</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Turn on &quot;Share how you feel, privately&quot; in Choices to use this.</source>
        <translation>Włącz „Dziel się samopoczuciem anonimowo” w Wyborach, aby z tego korzystać.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fill in the four wellbeing questions in Check-ins first.</source>
        <translation>Najpierw odpowiedz na cztery pytania o samopoczucie w części Samopoczucie.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your scores from {day} will be mixed with random noise before they leave. About {n} in 10 of the numbers sent will be your real answers; the rest are random. No one can tell which.</source>
        <translation>Twoje wyniki z dnia {day} zostaną wymieszane z losowym szumem, zanim zostaną wysłane. Około {n} na 10 wysłanych liczb to twoje prawdziwe odpowiedzi, reszta jest losowa. Nikt nie wie, które są które.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No results yet. Results come with Sync now once you take part.</source>
        <translation>Nie ma jeszcze wyników. Pojawią się po „Synchronizuj teraz”, gdy weźmiesz udział.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Numbers from fewer than 10 people are hidden, so no one can be picked out.</source>
        <translation>Liczby od mniej niż 10 osób są ukryte, więc nikogo nie da się rozpoznać.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{n} people</source>
        <translation>Liczba osób: {n}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Services: people who said good or very good</source>
        <translation>Usługi: osoby, które oceniły dobrze lub bardzo dobrze</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Services rated good or very good</source>
        <translation>Usługi ocenione dobrze lub bardzo dobrze</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>How satisfied people are with life (0 to 10), by borough</source>
        <translation>Jak bardzo ludzie są zadowoleni z życia (od 0 do 10), według dzielnicy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Life satisfaction by borough</source>
        <translation>Zadowolenie z życia według dzielnicy</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{what}, sent {when} to {where}</source>
        <translation>{what}, wysłano {when} do {where}</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Thank you. This is now on.</source>
        <translation>Dziękujemy. Teraz jest włączone.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Stop sharing?</source>
        <translation>Przestać udostępniać?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop &quot;{title}&quot;? Nothing more will be sent, and the app will ask the server to delete what you sent for this.</source>
        <translation>Zatrzymać „{title}”? Nic więcej nie zostanie wysłane, a aplikacja poprosi serwer o usunięcie tego, co już wysłano.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Stopped. The server could not be reached; what you sent will be deleted at the next sync.</source>
        <translation>Zatrzymano. Nie udało się połączyć z serwerem; to, co wysłano, zostanie usunięte przy następnej synchronizacji.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stopped. Nothing more will be sent.</source>
        <translation>Zatrzymano. Nic więcej nie zostanie wysłane.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Address saved.</source>
        <translation>Adres zapisany.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>You have not turned anything on, so nothing was sent.</source>
        <translation>Nic nie jest włączone, więc nic nie wysłano.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sync finished. Sent {n} item(s).</source>
        <translation>Synchronizacja zakończona. Wysłane elementy: {n}.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Choose a service first.</source>
        <translation>Najpierw wybierz usługę.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Added to the send list. You can check it in Sent and waiting.</source>
        <translation>Dodano do listy do wysłania. Możesz to sprawdzić w części „Wysłane i czekające”.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose a survey first.</source>
        <translation>Najpierw wybierz ankietę.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>You did not answer anything, so nothing was added.</source>
        <translation>Nie odpowiedziano na nic, więc nic nie dodano.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{n} answer(s) added to the send list.</source>
        <translation>Dodano odpowiedzi do listy do wysłania: {n}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Your scores, with noise added, are on the send list.</source>
        <translation>Twoje wyniki z dodanym szumem są na liście do wysłania.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose an item first.</source>
        <translation>Najpierw wybierz element.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>That item will not be sent.</source>
        <translation>Ten element nie zostanie wysłany.</translation>
    </message>
</context>
<context>
    <name>PassphraseField</name>
    <message>
        <location filename="../../ui/views/start.py" line="+61"/>
        <source>Show</source>
        <translation>Pokaż</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the passphrase</source>
        <translation>Pokaż hasło</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Tip: 3 or 4 random words make a passphrase that is easy to remember and hard to guess.</source>
        <translation>Wskazówka: 3 lub 4 przypadkowe słowa to hasło łatwe do zapamiętania i trudne do odgadnięcia.</translation>
    </message>
</context>
<context>
    <name>PlanSections</name>
    <message>
        <location filename="../../ui/views/plan_compare.py" line="+23"/>
        <source>Title</source>
        <translation>Tytuł</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What matters to me</source>
        <translation>Co jest dla mnie ważne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goals</source>
        <translation>Cele</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actions</source>
        <translation>Działania</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who supports me</source>
        <translation>Kto mnie wspiera</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If things go wrong</source>
        <translation>Gdy coś pójdzie nie tak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review date</source>
        <translation>Data przeglądu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Care coordinator</source>
        <translation>Koordynator opieki</translation>
    </message>
</context>
<context>
    <name>PlanView</name>
    <message>
        <location filename="../../ui/views/plan.py" line="+48"/>
        <location line="+20"/>
        <source>My care and support plan</source>
        <translation>Mój plan opieki i wsparcia</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Share with my &amp;GP…</source>
        <translation>Udostępnij &amp;lekarzowi…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share my plan with my GP</source>
        <translation>Udostępnij mój plan lekarzowi rodzinnemu</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Plan pages</source>
        <translation>Części planu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit my plan</source>
        <translation>&amp;Edytuj mój plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Versions</source>
        <translation>&amp;Wersje</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>About this plan</source>
        <translation>O tym planie</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Plan title</source>
        <translation>Tytuł planu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Title</source>
        <translation>&amp;Tytuł</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Care coordinator</source>
        <translation>Koordynator opieki</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For example: Dr A Khan, Lea Surgery</source>
        <translation>Na przykład: dr A. Khan, przychodnia Lea</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Care c&amp;oordinator</source>
        <translation>&amp;Koordynator opieki</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set a &amp;review date</source>
        <translation>Ustaw datę &amp;przeglądu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set a review date</source>
        <translation>Ustaw datę przeglądu</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Review date</source>
        <translation>Data przeglądu</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Review</source>
        <translation>Przegląd</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Something that matters to you</source>
        <translation>Coś, co jest dla ciebie ważne</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Tick the goals that are part of this plan. You can make and change goals on the Goals page.</source>
        <translation>Zaznacz cele, które są częścią tego planu. Cele tworzysz i zmieniasz na stronie celów.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Goals in this plan</source>
        <translation>Cele w tym planie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Press Space to tick or untick a goal.</source>
        <translation>Naciśnij spację, aby zaznaczyć lub odznaczyć cel.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>What you, or the people who support you, will do.</source>
        <translation>Co zrobisz ty lub osoby, które cię wspierają.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actions</source>
        <translation>Działania</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>an action</source>
        <translation>działanie</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Who supports me</source>
        <translation>Kto mnie wspiera</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>a supporter</source>
        <translation>osobę wspierającą</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Signs that things are going wrong</source>
        <translation>Znaki, że dzieje się coś złego</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What I will do</source>
        <translation>Co zrobię</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who to contact</source>
        <translation>Z kim się skontaktować</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Numbers to call in a crisis</source>
        <translation>Numery na wypadek kryzysu</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What I &amp;will do</source>
        <translation>&amp;Co zrobię</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who to &amp;contact</source>
        <translation>Z kim się &amp;skontaktować</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Numbers to call in a crisis</source>
        <translation>&amp;Numery na wypadek kryzysu</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Save my plan…</source>
        <translation>&amp;Zapisz mój plan…</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>S&amp;igns that things are going wrong</source>
        <translation>&amp;Znaki, że dzieje się coś złego</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Save my plan as a new version</source>
        <translation>Zapisz mój plan jako nową wersję</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Undo my changes</source>
        <translation>&amp;Cofnij moje zmiany</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo my changes since the last save</source>
        <translation>Cofnij zmiany od ostatniego zapisu</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Saved versions of my plan</source>
        <translation>Zapisane wersje mojego planu</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Compare this version</source>
        <translation>Porównaj tę wersję</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>With this version</source>
        <translation>Z tą wersją</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only show what &amp;changed</source>
        <translation>Pokaż tylko &amp;zmiany</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only show the sections that changed</source>
        <translation>Pokaż tylko części, które się zmieniły</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What changed</source>
        <translation>Co się zmieniło</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The two versions side by side</source>
        <translation>Dwie wersje obok siebie</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>C&amp;ompare version</source>
        <translation>P&amp;orównaj wersję</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;with version</source>
        <translation>&amp;z wersją</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved ve&amp;rsions</source>
        <translation>Zapisane we&amp;rsje</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>You have changes that are not saved yet.</source>
        <translation>Masz zmiany, które nie są jeszcze zapisane.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Your plan was changed on another page. If you save, your plan will be what you see here.</source>
        <translation>Twój plan zmieniono na innej stronie. Jeśli zapiszesz, plan będzie taki, jak tutaj.</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Version {n}, saved {day}</source>
        <translation>Wersja {n}, zapisana {day}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>agreed with {who}</source>
        <translation>uzgodniona z: {who}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Version {n}</source>
        <translation>Wersja {n}</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>There are no saved versions yet.</source>
        <translation>Nie ma jeszcze zapisanych wersji.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>What changed: {sections}.</source>
        <translation>Co się zmieniło: {sections}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing changed between these versions.</source>
        <translation>Między tymi wersjami nic się nie zmieniło.</translation>
    </message>
    <message>
        <location line="+164"/>
        <source>Please check the parts marked below.</source>
        <translation>Sprawdź części oznaczone poniżej.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Nothing has changed, so there is nothing to save.</source>
        <translation>Nic się nie zmieniło, więc nie ma czego zapisać.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your plan is saved as version {n}.</source>
        <translation>Twój plan jest zapisany jako wersja {n}.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Your changes were undone.</source>
        <translation>Twoje zmiany zostały cofnięte.</translation>
    </message>
</context>
<context>
    <name>QuestionnaireForm</name>
    <message>
        <location filename="../../ui/views/checkins.py" line="-327"/>
        <source>{n}. {text}</source>
        <translation>{n}. {text}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Question {n}: {text}</source>
        <translation>Pytanie {n}: {text}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Your result</source>
        <translation>Twój wynik</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your score</source>
        <translation>Twój wynik punktowy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What your score means</source>
        <translation>Co oznacza twój wynik</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Check-in status</source>
        <translation>Stan wypełniania</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Save this check-in</source>
        <translation>&amp;Zapisz odpowiedzi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save this check-in: {name}</source>
        <translation>Zapisz odpowiedzi: {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start a &amp;new check-in</source>
        <translation>Zacznij &amp;od nowa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear the answers and start again</source>
        <translation>Wyczyść odpowiedzi i zacznij od nowa</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Score: {total} out of {most}. {band}.</source>
        <translation>Wynik: {total} na {most}. {band}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Answer every question to see your score. 1 question to go.</source>
        <translation>Odpowiedz na wszystkie pytania, aby zobaczyć wynik. Zostało 1 pytanie.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Answer every question to see your score. %n questions to go.</source>
        <translation>
            <numerusform>Odpowiedz na wszystkie pytania, aby zobaczyć wynik. Zostało %n pytanie.</numerusform>
            <numerusform>Odpowiedz na wszystkie pytania, aby zobaczyć wynik. Zostały %n pytania.</numerusform>
            <numerusform>Odpowiedz na wszystkie pytania, aby zobaczyć wynik. Zostało %n pytań.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Answer the questions to see what they mean.</source>
        <translation>Odpowiedz na pytania, aby zobaczyć, co oznaczają.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{done} of {all} answered.</source>
        <translation>Odpowiedzi: {done} z {all}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is no total score. Each answer has its own meaning, shown under it.</source>
        <translation>Nie ma wyniku łącznego. Każda odpowiedź ma własne znaczenie, opisane pod nią.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Please answer question {numbers}.</source>
        <translation>Odpowiedz na pytanie {numbers}.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Saved on {when}. Thank you.</source>
        <translation>Zapisano {when}. Dziękujemy.</translation>
    </message>
</context>
<context>
    <name>QuickLogRow</name>
    <message>
        <location filename="../../ui/views/today.py" line="+114"/>
        <source>0 to 10</source>
        <translation>od 0 do 10</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type a number from 0 to 10 and press Enter.</source>
        <translation>Wpisz liczbę od 0 do 10 i naciśnij Enter.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Number in {unit}</source>
        <translation>Liczba ({unit})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type a number and press Enter.</source>
        <translation>Wpisz liczbę i naciśnij Enter.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A few words</source>
        <translation>Kilka słów</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write a few words and press Enter.</source>
        <translation>Napisz kilka słów i naciśnij Enter.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log {label}</source>
        <translation>Zapisz: {label}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save</source>
        <translation>Zapisz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save {label}</source>
        <translation>Zapisz: {label}</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Last: {value}</source>
        <translation>Ostatnio: {value}</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <location filename="../../ui/reminders.py" line="+32"/>
        <location line="+25"/>
        <source>Health Planner</source>
        <translation>Health Planner</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Health Planner has a reminder</source>
        <translation>Health Planner ma dla ciebie przypomnienie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reminder</source>
        <translation>Przypomnienie</translation>
    </message>
</context>
<context>
    <name>SaveVersionDialog</name>
    <message>
        <location filename="../../ui/dialogs/plan_items.py" line="+135"/>
        <source>Save a new version of my plan</source>
        <translation>Zapisz nową wersję mojego planu</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your plan keeps every version. If you agreed this version with someone, such as your GP or care coordinator, you can say who.</source>
        <translation>Twój plan zachowuje każdą wersję. Jeśli uzgodniono tę wersję z kimś, na przykład z lekarzem rodzinnym lub koordynatorem opieki, możesz napisać z kim.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Agreed with (you can leave this empty)</source>
        <translation>Uzgodniono z (możesz zostawić puste)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For example: Nurse Grace Owusu</source>
        <translation>Na przykład: pielęgniarka Grace Owusu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date it was agreed</source>
        <translation>Data uzgodnienia</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What changed (you can leave this empty)</source>
        <translation>Co się zmieniło (możesz zostawić puste)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For example: Added the lunch club</source>
        <translation>Na przykład: Dodano klub obiadowy</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Agreed with</source>
        <translation>&amp;Uzgodniono z</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Agreed &amp;on</source>
        <translation>&amp;Dnia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;What changed</source>
        <translation>&amp;Co się zmieniło</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save my plan as a new version</source>
        <translation>Zapisz mój plan jako nową wersję</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Go back without saving</source>
        <translation>Wróć bez zapisywania</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This date is in the future. Check it.</source>
        <translation>Ta data jest w przyszłości. Sprawdź ją.</translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <location filename="../../ui/views/settings.py" line="+50"/>
        <source>Settings</source>
        <translation>Ustawienia</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Locking and privacy</source>
        <translation>Blokowanie i prywatność</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Lock after this many minutes without use</source>
        <translation>Zablokuj po tylu minutach bez używania</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Shared computer mode</source>
        <translation>&amp;Tryb komputera wspólnego</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shared computer mode</source>
        <translation>Tryb komputera wspólnego</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>For a computer in a library, a surgery or a community centre. Health Planner locks after %1 minutes, locks when you minimise it, clears anything you copied after %2 seconds, and does not remember anyone.</source>
        <translation>Dla komputera w bibliotece, przychodni lub domu kultury. Health Planner blokuje się po %1 min i po zminimalizowaniu okna, usuwa skopiowany tekst po %2 s i nikogo nie zapamiętuje.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Remember me on this device</source>
        <translation>Zapamiętaj mnie na tym urządzeniu</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You will not need your passphrase to open Health Planner on this computer. Only use this on a computer that is yours alone.</source>
        <translation>Nie będziesz potrzebować hasła, aby otworzyć Health Planner na tym komputerze. Używaj tego tylko na komputerze, z którego korzystasz sam lub sama.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Change your passphrase</source>
        <translation>Zmień hasło</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Current passphrase</source>
        <translation>Obecne hasło</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New passphrase</source>
        <translation>Nowe hasło</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New passphrase</source>
        <translation>&amp;Nowe hasło</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the new passphrase again</source>
        <translation>Wpisz nowe hasło jeszcze raz</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Type the new passphrase again</source>
        <translation>&amp;Wpisz nowe hasło jeszcze raz</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Change passphrase</source>
        <translation>Zmień hasło</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your recovery code still works after you change your passphrase.</source>
        <translation>Po zmianie hasła twój kod odzyskiwania nadal działa.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Language and display</source>
        <translation>Język i wygląd</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Language</source>
        <translation>Język</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Colours</source>
        <translation>Kolory</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Light</source>
        <translation>Jasne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation>Ciemne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High contrast</source>
        <translation>Wysoki kontrast</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>C&amp;olours:</source>
        <translation>&amp;Kolory:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Text size</source>
        <translation>Wielkość tekstu</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Te&amp;xt size:</source>
        <translation>W&amp;ielkość tekstu:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reminders</source>
        <translation>Przypomnienia</translation>
    </message>
    <message>
        <location line="-112"/>
        <source>Lock &amp;after this many minutes without use:</source>
        <translation>Blokuj po tylu &amp;minutach bez używania:</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Remember &amp;me on this device</source>
        <translation>&amp;Zapamiętaj mnie na tym urządzeniu</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>C&amp;urrent passphrase</source>
        <translation>&amp;Obecne hasło</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Change passphrase</source>
        <translation>Zmień &amp;hasło</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;Language:</source>
        <translation>&amp;Język:</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Show my r&amp;eminders while Health Planner is open</source>
        <translation>Pokazuj moje przypomni&amp;enia, gdy Health Planner jest otwarty</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show my reminders while Health Planner is open</source>
        <translation>Pokazuj moje przypomnienia, gdy Health Planner jest otwarty</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>When Health Planner is locked, a reminder only says “Health Planner has a reminder”, so nobody else can read it.</source>
        <translation>Gdy Health Planner jest zablokowany, przypomnienie mówi tylko „Health Planner ma dla ciebie przypomnienie”, więc nikt inny go nie przeczyta.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Shared computer mode locks after %1 minutes.</source>
        <translation>W trybie komputera wspólnego blokada włącza się po %1 min.</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>This computer will remember you.</source>
        <translation>Ten komputer będzie cię pamiętać.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This computer no longer remembers you.</source>
        <translation>Ten komputer już cię nie pamięta.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Type your current passphrase.</source>
        <translation>Wpisz obecne hasło.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The two new passphrases are different. Type them again.</source>
        <translation>Nowe hasła się różnią. Wpisz je jeszcze raz.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your new passphrase is too short. Use at least 4 characters.</source>
        <translation>Nowe hasło jest za krótkie. Użyj co najmniej 4 znaków.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Changing your passphrase…</source>
        <translation>Zmieniam hasło…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Your passphrase has been changed. Use the new one next time.</source>
        <translation>Hasło zostało zmienione. Następnym razem użyj nowego.</translation>
    </message>
</context>
<context>
    <name>StartScreen</name>
    <message>
        <location filename="../../ui/views/start.py" line="+70"/>
        <source>Language</source>
        <translation>Język</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Language:</source>
        <translation>&amp;Język:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Opening Health Planner…</source>
        <translation>Otwieram Health Planner…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Welcome to Health Planner</source>
        <translation>Witaj w Health Planner</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plan and keep track of your health and care: your goals, your care plan, and how you feel. Everything stays on this computer, locked with a passphrase only you know.</source>
        <translation>Planuj i śledź swoje zdrowie i opiekę: swoje cele, plan opieki i samopoczucie. Wszystko zostaje na tym komputerze, zablokowane hasłem, które znasz tylko ty.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Create my profile</source>
        <translation>&amp;Utwórz mój profil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create my profile</source>
        <translation>Utwórz mój profil</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Try the demo</source>
        <translation>&amp;Wypróbuj demo</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+51"/>
        <source>Try the demo</source>
        <translation>Wypróbuj demo</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>The demo has two years of made-up information, so you can look around before you start. Its passphrase is “demo”.</source>
        <translation>Demo zawiera zmyślone informacje z dwóch lat, więc możesz się rozejrzeć, zanim zaczniesz. Jego hasło to „demo”.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Unlock your profile</source>
        <translation>Odblokuj swój profil</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Profiles on this computer</source>
        <translation>Profile na tym komputerze</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Who is using Health Planner?</source>
        <translation>&amp;Kto używa Health Planner?</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+46"/>
        <source>Passphrase</source>
        <translation>Hasło</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>&amp;Remember me on this device</source>
        <translation>&amp;Zapamiętaj mnie na tym urządzeniu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remember me on this device</source>
        <translation>Zapamiętaj mnie na tym urządzeniu</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Odblokuj</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unlock</source>
        <translation>Odblokuj</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Open without passphrase</source>
        <translation>Otwórz &amp;bez hasła</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open without passphrase</source>
        <translation>Otwórz bez hasła</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Forgotten your passphrase?</source>
        <translation>&amp;Nie pamiętasz hasła?</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+93"/>
        <source>Forgotten your passphrase?</source>
        <translation>Nie pamiętasz hasła?</translation>
    </message>
    <message>
        <location line="-91"/>
        <source>&amp;New profile</source>
        <translation>Nowy pro&amp;fil</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New profile</source>
        <translation>Nowy profil</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Try the &amp;demo</source>
        <translation>Wypróbuj &amp;demo</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Create your profile</source>
        <translation>Utwórz swój profil</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your profile keeps your information locked on this computer. Nobody can open it without your passphrase.</source>
        <translation>Twój profil przechowuje informacje zablokowane na tym komputerze. Nikt nie otworzy go bez twojego hasła.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your name or a nickname</source>
        <translation>Twoje imię lub pseudonim</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your &amp;name or a nickname</source>
        <translation>Twoje &amp;imię lub pseudonim</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Type the passphrase again</source>
        <translation>Wpisz hasło jeszcze raz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Type the passphrase again</source>
        <translation>&amp;Wpisz hasło jeszcze raz</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Create profile</source>
        <translation>&amp;Utwórz profil</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Create profile</source>
        <translation>Utwórz profil</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+73"/>
        <location line="+22"/>
        <source>&amp;Back</source>
        <translation>Ws&amp;tecz</translation>
    </message>
    <message>
        <location line="-95"/>
        <location line="+73"/>
        <location line="+22"/>
        <source>Back</source>
        <translation>Wstecz</translation>
    </message>
    <message>
        <location line="-83"/>
        <source>Your recovery code</source>
        <translation>Twój kod odzyskiwania</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+324"/>
        <source>If you forget your passphrase, this code is the only way back into your profile. Write it down now and keep it somewhere safe, away from this computer. We will show it only once.</source>
        <translation>Jeśli zapomnisz hasła, ten kod jest jedynym sposobem, aby wrócić do profilu. Zapisz go teraz i trzymaj w bezpiecznym miejscu, z dala od tego komputera. Pokażemy go tylko raz.</translation>
    </message>
    <message>
        <location line="-395"/>
        <source>Pa&amp;ssphrase</source>
        <translation>&amp;Hasło</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Choose a pa&amp;ssphrase</source>
        <translation>Wybierz &amp;hasło</translation>
    </message>
    <message>
        <location line="+35"/>
        <location line="+364"/>
        <source>Print the recovery code</source>
        <translation>Wydrukuj kod odzyskiwania</translation>
    </message>
    <message>
        <location line="-364"/>
        <source>P&amp;rint</source>
        <translation>&amp;Drukuj</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C&amp;opy</source>
        <translation>&amp;Kopiuj</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Copy the recovery code</source>
        <translation>Skopiuj kod odzyskiwania</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Last 4 characters of the recovery code</source>
        <translation>Ostatnie 4 znaki kodu odzyskiwania</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>To show you have written it down, type the &amp;last 4 characters of the code</source>
        <translation>Aby pokazać, że kod jest zapisany, wpisz jego &amp;ostatnie 4 znaki</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;I have written it down</source>
        <translation>&amp;Zapisałem/zapisałam kod</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I have written it down</source>
        <translation>Zapisałem/zapisałam kod</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Recovery code</source>
        <translation>Kod odzyskiwania</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Recovery code</source>
        <translation>&amp;Kod odzyskiwania</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New passphrase</source>
        <translation>Nowe hasło</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New passphrase</source>
        <translation>&amp;Nowe hasło</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the new passphrase again</source>
        <translation>Wpisz nowe hasło jeszcze raz</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Type it again</source>
        <translation>&amp;Wpisz je jeszcze raz</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Set new passphrase</source>
        <translation>&amp;Ustaw nowe hasło</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set new passphrase</source>
        <translation>Ustaw nowe hasło</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Setting up the demo</source>
        <translation>Przygotowuję demo</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+373"/>
        <source>Getting ready…</source>
        <translation>Przygotowuję…</translation>
    </message>
    <message>
        <location line="-370"/>
        <source>Demo set-up progress</source>
        <translation>Postęp przygotowania demo</translation>
    </message>
    <message>
        <location line="+100"/>
        <location line="+205"/>
        <source>Profile: %1</source>
        <translation>Profil: %1</translation>
    </message>
    <message>
        <location line="-157"/>
        <source>Type the recovery code you were given when you made the profile “%1”, then choose a new passphrase. You will get a new recovery code.</source>
        <translation>Wpisz kod odzyskiwania, który dostałeś lub dostałaś przy tworzeniu profilu „%1”, a potem wybierz nowe hasło. Dostaniesz nowy kod odzyskiwania.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Type your passphrase.</source>
        <translation>Wpisz hasło.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unlocking…</source>
        <translation>Odblokowuję…</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Type a name for your profile.</source>
        <translation>Wpisz nazwę profilu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+118"/>
        <source>The two passphrases are different. Type them again.</source>
        <translation>Hasła się różnią. Wpisz je jeszcze raz.</translation>
    </message>
    <message>
        <location line="-115"/>
        <location line="+118"/>
        <source>Your passphrase is too short. Use at least 4 characters.</source>
        <translation>Hasło jest za krótkie. Użyj co najmniej 4 znaków.</translation>
    </message>
    <message>
        <location line="-112"/>
        <source>Creating your profile…</source>
        <translation>Tworzę twój profil…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Recovery code: %1</source>
        <translation>Kod odzyskiwania: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Your passphrase has been changed. Your old recovery code no longer works. Write down this new one and keep it somewhere safe. We will show it only once.</source>
        <translation>Hasło zostało zmienione. Stary kod odzyskiwania już nie działa. Zapisz ten nowy i trzymaj go w bezpiecznym miejscu. Pokażemy go tylko raz.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Those are not the last 4 characters of the code. Check what you wrote down and try again.</source>
        <translation>To nie są ostatnie 4 znaki kodu. Sprawdź, co zapisałeś lub zapisałaś, i spróbuj ponownie.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Copied. Paste it somewhere safe now: Health Planner will clear it from the clipboard in %1 seconds.</source>
        <translation>Skopiowano. Wklej go teraz w bezpieczne miejsce: Health Planner usunie go ze schowka za %1 s.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Health Planner recovery code</source>
        <translation>Kod odzyskiwania Health Planner</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep this somewhere safe. With it, anyone can open this profile.</source>
        <translation>Trzymaj to w bezpiecznym miejscu. Z tym kodem każdy może otworzyć ten profil.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Type your recovery code.</source>
        <translation>Wpisz kod odzyskiwania.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Checking the code…</source>
        <translation>Sprawdzam kod…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>That recovery code does not open this profile. Check it and try again.</source>
        <translation>Ten kod odzyskiwania nie otwiera tego profilu. Sprawdź go i spróbuj ponownie.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Making the demo profile…</source>
        <translation>Tworzę profil demo…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adding two years of made-up information…</source>
        <translation>Dodaję zmyślone informacje z dwóch lat…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opening the demo…</source>
        <translation>Otwieram demo…</translation>
    </message>
</context>
<context>
    <name>SupporterDialog</name>
    <message>
        <location filename="../../ui/dialogs/plan_items.py" line="-133"/>
        <source>Change a supporter</source>
        <translation>Zmień osobę wspierającą</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add someone who supports me</source>
        <translation>Dodaj osobę, która mnie wspiera</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name</source>
        <translation>Imię i nazwisko</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How they help</source>
        <translation>Jak pomaga</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For example: my sister, practice nurse</source>
        <translation>Na przykład: moja siostra, pielęgniarka w przychodni</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Phone number</source>
        <translation>Numer telefonu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Email address</source>
        <translation>Adres e-mail</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Notes</source>
        <translation>Notatki</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Name</source>
        <translation>&amp;Imię i nazwisko</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;How they help</source>
        <translation>&amp;Jak pomaga</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Phone</source>
        <translation>&amp;Telefon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Email</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;otes</source>
        <translation>&amp;Notatki</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Keep this supporter</source>
        <translation>Zachowaj tę osobę</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>This does not look like an email address. Check it, or leave it empty.</source>
        <translation>To nie wygląda na adres e-mail. Sprawdź go albo zostaw puste.</translation>
    </message>
</context>
<context>
    <name>TextListEditor</name>
    <message>
        <location filename="../../ui/widgets/lists.py" line="+47"/>
        <source>Press F2 to change the chosen line, Delete to remove it.</source>
        <translation>Naciśnij F2, aby zmienić wybrany wiersz, albo Delete, aby go usunąć.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+3"/>
        <source>Add to: {name}</source>
        <translation>Dodaj do: {name}</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Add</source>
        <translation>Dodaj</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remove</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the chosen line</source>
        <translation>Usuń wybrany wiersz</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move up</source>
        <translation>Przesuń w górę</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the chosen line up</source>
        <translation>Przesuń wybrany wiersz w górę</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move down</source>
        <translation>Przesuń w dół</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the chosen line down</source>
        <translation>Przesuń wybrany wiersz w dół</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Write something first.</source>
        <translation>Najpierw coś napisz.</translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message numerus="yes">
        <location filename="../../ui/views/today.py" line="+16"/>
        <source>%n days in a row. Well done!</source>
        <translation>
            <numerusform>%n dzień z rzędu. Brawo!</numerusform>
            <numerusform>%n dni z rzędu. Brawo!</numerusform>
            <numerusform>%n dni z rzędu. Brawo!</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Done for today.</source>
        <translation>Na dziś zrobione.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+3"/>
        <location line="+198"/>
        <source>Today</source>
        <translation>Dzisiaj</translation>
    </message>
    <message>
        <location line="-194"/>
        <location line="+1"/>
        <source>Log today</source>
        <translation>Zapisz dzisiaj</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type a value and press Enter. For yes or no, press Y or N.</source>
        <translation>Wpisz wartość i naciśnij Enter. Dla „tak” lub „nie” naciśnij Y albo N.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>You are not tracking anything yet.</source>
        <translation>Jeszcze niczego nie śledzisz.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Track something &amp;new…</source>
        <translation>Śledź coś &amp;nowego…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start tracking something new</source>
        <translation>Zacznij śledzić coś nowego</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>To do today</source>
        <translation>Do zrobienia dzisiaj</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Things to do today</source>
        <translation>Rzeczy do zrobienia dzisiaj</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Press Enter on a check-in to start it.</source>
        <translation>Naciśnij Enter na kwestionariuszu, aby go zacząć.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing else is planned for today.</source>
        <translation>Na dziś nic więcej nie zaplanowano.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>My plan</source>
        <translation>Mój plan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next plan review</source>
        <translation>Następny przegląd planu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Goals</source>
        <translation>Cele</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open my &amp;plan</source>
        <translation>Otwórz mój &amp;plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open my care and support plan</source>
        <translation>Otwórz mój plan opieki i wsparcia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>See my &amp;goals</source>
        <translation>Zobacz moje &amp;cele</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>See my goals</source>
        <translation>Zobacz moje cele</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Today, {day}</source>
        <translation>Dzisiaj, {day}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No review date is set. You can add one in your plan.</source>
        <translation>Nie ustawiono daty przeglądu. Możesz ją dodać w swoim planie.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your plan review was due on {day}. You could ask your care coordinator to book one.</source>
        <translation>Przegląd planu miał być {day}. Możesz poprosić koordynatora opieki o nowy termin.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your next plan review is on {day} ({when}).</source>
        <translation>Następny przegląd planu: {day} ({when}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You are working on 1 goal.</source>
        <translation>Pracujesz nad 1 celem.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>You are working on %n goals.</source>
        <translation>
            <numerusform>Pracujesz nad %n celem.</numerusform>
            <numerusform>Pracujesz nad %n celami.</numerusform>
            <numerusform>Pracujesz nad %n celami.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You have no goals on the go. You can add one any time.</source>
        <translation>Nie masz teraz żadnych celów. Możesz dodać cel w każdej chwili.</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Check-in: {name}. Press Enter to start.</source>
        <translation>Kwestionariusz: {name}. Naciśnij Enter, aby zacząć.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{time} {title}</source>
        <translation>{time} {title}</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>You can now log {label} here each day.</source>
        <translation>Teraz możesz tu codziennie zapisywać: {label}.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Saved: {value}.</source>
        <translation>Zapisano: {value}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saving…</source>
        <translation>Zapisuję…</translation>
    </message>
</context>
<context>
    <name>TrackerChartPanel</name>
    <message>
        <location filename="../../ui/widgets/tracker_chart.py" line="+44"/>
        <source>Show:</source>
        <translation>Pokaż:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Week</source>
        <translation>Tydzień</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show the last week</source>
        <translation>Pokaż ostatni tydzień</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Month</source>
        <translation>Miesiąc</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show the last month</source>
        <translation>Pokaż ostatni miesiąc</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year</source>
        <translation>Rok</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show the last year</source>
        <translation>Pokaż ostatni rok</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All</source>
        <translation>Wszystko</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show all time</source>
        <translation>Pokaż cały czas</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Chart summary</source>
        <translation>Podsumowanie wykresu</translation>
    </message>
</context>
<context>
    <name>TrackerDialog</name>
    <message>
        <location filename="../../ui/dialogs/tracker.py" line="+46"/>
        <source>Track something new</source>
        <translation>Śledź coś nowego</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What do you want to track?</source>
        <translation>Co chcesz śledzić?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For example: Blood pressure, Pain, Water</source>
        <translation>Na przykład: ciśnienie krwi, ból, woda</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What kind of answer</source>
        <translation>Jaki rodzaj odpowiedzi</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unit</source>
        <translation>Jednostka</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For example: kg, steps, glasses</source>
        <translation>Na przykład: kg, kroki, szklanki</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lowest possible value (you can leave this empty)</source>
        <translation>Najniższa możliwa wartość (możesz zostawić puste)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Highest possible value (you can leave this empty)</source>
        <translation>Najwyższa możliwa wartość (możesz zostawić puste)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Name</source>
        <translation>&amp;Nazwa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Answer</source>
        <translation>&amp;Odpowiedź</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Unit</source>
        <translation>&amp;Jednostka</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Lowest</source>
        <translation>Naj&amp;niższa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Highest</source>
        <translation>Naj&amp;wyższa</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Start tracking it</source>
        <translation>Zacznij to śledzić</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Enter a number, or leave this empty.</source>
        <translation>Wpisz liczbę albo zostaw puste.</translation>
    </message>
</context>
<context>
    <name>TrendPanel</name>
    <message>
        <location filename="../../ui/views/checkins.py" line="+30"/>
        <source>Question to show on the chart</source>
        <translation>Pytanie do pokazania na wykresie</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>C&amp;hart of:</source>
        <translation>&amp;Wykres:</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+29"/>
        <source>No check-ins saved yet.</source>
        <translation>Nie zapisano jeszcze żadnych odpowiedzi.</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Past check-ins</source>
        <translation>Wcześniejsze odpowiedzi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Past check-&amp;ins</source>
        <translation>Wcześniejsze &amp;odpowiedzi</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{day}: {total} out of {most}, {band}</source>
        <translation>{day}: {total} na {most}, {band}</translation>
    </message>
</context>
<context>
    <name>YesNoInput</name>
    <message>
        <location filename="../../ui/views/today.py" line="-392"/>
        <source>Yes</source>
        <translation>Tak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No</source>
        <translation>Nie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{label}: yes</source>
        <translation>{label}: tak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{label}: no</source>
        <translation>{label}: nie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Press Y for yes or N for no.</source>
        <translation>Naciśnij Y, aby odpowiedzieć „tak”, albo N – „nie”.</translation>
    </message>
</context>
<context>
    <name>_Dialog</name>
    <message>
        <location filename="../../ui/dialogs/plan_items.py" line="-274"/>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
</context>
</TS>
