<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ur" sourcelanguage="en_GB">
<context>
    <name>AccessSettings</name>
<message>
        <location filename="../../ui/views/settings_access.py" />
        <source>People who can see your profile, with what they can do and until when</source>
        <translation>وہ لوگ جو آپ کا پروفائل دیکھ سکتے ہیں، وہ کیا کر سکتے ہیں اور کب تک</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_access.py" />
        <source>Take the chosen carer's access back</source>
        <translation>منتخب دیکھ بھال کرنے والے سے رسائی واپس لیں</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_access.py" />
        <source>{when}: {carer} ({level}, access {grant}): {changes}</source>
        <translation>{when}: {carer} ({level}، رسائی {grant}): {changes}</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_access.py" />
        <source>Access log: each carer's session, when, which access and how much it changed</source>
        <translation>رسائی کا ریکارڈ: ہر دیکھ بھال کرنے والے کا سیشن، کب، کون سی رسائی اور اس نے کتنا بدلا</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_access.py" />
        <source>Only {name} can change who has access to their profile, from their own profile.</source>
        <translation>صرف {name} اپنے پروفائل سے بدل سکتے ہیں کہ ان کے پروفائل تک کس کی رسائی ہے۔</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_access.py" />
        <source>plan versions</source>
        <translation>منصوبے کے نسخے</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_access.py" />
        <source>Can see (view only)</source>
        <translation>دیکھ سکتا ہے (صرف دیکھنا)</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_access.py" />
        <source>C&amp;an:</source>
        <translation>کر سکتا ہے (&amp;A):</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_access.py" />
        <source>Your passphrase, to take access back</source>
        <translation>رسائی واپس لینے کے لیے آپ کا پاس فریز</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_access.py" />
        <source>Giving your profile a new key</source>
        <translation>آپ کے پروفائل کو نئی کلید دی جا رہی ہے</translation>
    </message>
<message>
        <location filename="../../ui/views/settings_access.py" />
        <source>Who can see my profile</source>
        <translation>میرا پروفائل کون دیکھ سکتا ہے</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_access.py" />
        <source>&amp;Passphrase:</source>
        <translation>پاس فریز (&amp;P):</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_access.py" />
        <source>Access log</source>
        <translation>رسائی کا ریکارڈ</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_access.py" />
        <source>{carer}: access ended on {day}</source>
        <translation>{carer}: رسائی {day} کو ختم ہو گئی</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_access.py" />
        <source>Access that ends soon</source>
        <translation>رسائی جو جلد ختم ہو رہی ہے</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_access.py" />
        <source>Carer: a profile on this computer</source>
        <translation>دیکھ بھال کرنے والا: اس کمپیوٹر پر ایک پروفائل</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_access.py" />
        <source>Last day of access, at most three years away</source>
        <translation>رسائی کا آخری دن، زیادہ سے زیادہ تین سال بعد</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_access.py" />
        <source>Your new recovery code</source>
        <translation>آپ کا نیا بحالی کوڈ</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_access.py" />
        <source>{kind}: {count}</source>
        <translation>{kind}: {count}</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_access.py" />
        <source>Type your passphrase to take access back.</source>
        <translation>رسائی واپس لینے کے لیے اپنا پاس فریز لکھیں۔</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_access.py" />
        <source>I have written down my new recovery code</source>
        <translation>میں نے اپنا نیا بحالی کوڈ لکھ لیا ہے</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_access.py" />
        <source>Your new recovery code (the old one no longer works). Write it down now: it is shown once.
{code}</source>
        <translation>آپ کا نیا بحالی کوڈ (پرانا اب کام نہیں کرتا)۔ اسے ابھی لکھ لیں: یہ صرف ایک بار دکھایا جاتا ہے۔
{code}</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_access.py" />
        <source>What the carer can do</source>
        <translation>دیکھ بھال کرنے والا کیا کر سکتا ہے</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_access.py" />
        <source>&amp;Give or renew access</source>
        <translation>رسائی دیں یا تجدید کریں (&amp;G)</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_access.py" />
        <source>Nobody else can see your profile.</source>
        <translation>کوئی اور آپ کا پروفائل نہیں دیکھ سکتا۔</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_access.py" />
        <source>Give the chosen carer access, or renew theirs</source>
        <translation>منتخب دیکھ بھال کرنے والے کو رسائی دیں، یا اس کی رسائی کی تجدید کریں</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_access.py" />
        <source>&amp;Until:</source>
        <translation>کب تک (&amp;U):</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_access.py" />
        <source>appointments</source>
        <translation>ملاقاتیں</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_access.py" />
        <source>Can see and change (log, plan, doses)</source>
        <translation>دیکھ اور بدل سکتا ہے (اندراج، منصوبہ، خوراکیں)</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_access.py" />
        <source>&amp;Recovery code:</source>
        <translation>بحالی کوڈ (&amp;R):</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_access.py" />
        <source>I have &amp;written it down</source>
        <translation>میں نے اسے لکھ لیا ہے (&amp;W)</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_access.py" />
        <source>{carer} no longer has access. Your profile has a new key; backups made before now still open with their own backup passphrase.</source>
        <translation>{carer} کے پاس اب رسائی نہیں ہے۔ آپ کے پروفائل کی نئی کلید ہے؛ پہلے بنائے گئے بیک اپ اب بھی اپنے بیک اپ پاس فریز سے کھلتے ہیں۔</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_access.py" />
        <source>check-ins</source>
        <translation>چیک اِن</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_access.py" />
        <source>goals</source>
        <translation>اہداف</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_access.py" />
        <source>log entries</source>
        <translation>اندراجات</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_access.py" />
        <source>&amp;Carer:</source>
        <translation>دیکھ بھال کرنے والا (&amp;C):</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_access.py" />
        <source>Your recovery code, to keep it (you can leave this empty)</source>
        <translation>آپ کا بحالی کوڈ، اسے برقرار رکھنے کے لیے (آپ اسے خالی چھوڑ سکتے ہیں)</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_access.py" />
        <source>Taking access back gives your profile a new key, so a copy of the old one opens nothing. Backups made before now can still be opened with what opened them then: their own backup passphrase. Type your passphrase to go on; without your recovery code a new one is made and shown once.</source>
        <translation>رسائی واپس لینے سے آپ کے پروفائل کو نئی کلید ملتی ہے، اس لیے پرانی کلید کی نقل کچھ نہیں کھولتی۔ اس سے پہلے بنائے گئے بیک اپ اب بھی اسی سے کھلتے ہیں جس سے وہ تب کھلتے تھے: ان کا اپنا بیک اپ پاس فریز۔ آگے بڑھنے کے لیے اپنا پاس فریز لکھیں؛ بحالی کوڈ کے بغیر ایک نیا کوڈ بنتا ہے اور ایک بار دکھایا جاتا ہے۔</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_access.py" />
        <source>nothing changed</source>
        <translation>کچھ نہیں بدلا</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_access.py" />
        <source>doses</source>
        <translation>خوراکیں</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_access.py" />
        <source>&amp;Take access back</source>
        <translation>رسائی واپس لیں (&amp;T)</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_access.py" />
        <source>Counts of what each carer changed, never what it said.</source>
        <translation>ہر دیکھ بھال کرنے والے نے کتنا بدلا اس کی گنتی، کبھی اس کا مواد نہیں۔</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_access.py" />
        <source>No carer has opened your profile yet.</source>
        <translation>ابھی تک کسی دیکھ بھال کرنے والے نے آپ کا پروفائل نہیں کھولا۔</translation>
    </message>
</context>
<context>
    <name>ActionDialog</name>
<message>
        <location filename="../../ui/dialogs/plan_items.py" line="+99" />
        <source>Change an action</source>
        <translation>کام بدلیں</translation>
    </message>
    <message>
        <location line="+0" />
        <source>New action</source>
        <translation>نیا کام</translation>
    </message>
    <message>
        <location line="+6" />
        <source>What will be done</source>
        <translation>کیا کیا جائے گا</translation>
    </message>
    <message>
        <location line="+1" />
        <source>For example: Walk with Priya</source>
        <translation>مثال کے طور پر: پریا کے ساتھ سیر</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Who does it</source>
        <translation>یہ کون کرے گا</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Me</source>
        <translation>میں</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Which goal it helps with</source>
        <translation>یہ کس مقصد میں مدد کرتا ہے</translation>
    </message>
    <message>
        <location line="+1" />
        <source>No goal</source>
        <translation>کوئی مقصد نہیں</translation>
    </message>
    <message>
        <location line="+4" />
        <source>How often</source>
        <translation>کتنی بار</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Once</source>
        <translation>ایک بار</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Every day or every few days</source>
        <translation>ہر روز یا ہر چند دن بعد</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Every week or every few weeks</source>
        <translation>ہر ہفتے یا ہر چند ہفتے بعد</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Every month or every few months</source>
        <translation>ہر مہینے یا ہر چند مہینے بعد</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Repeat every</source>
        <translation>ہر بار دہرائیں</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Start date</source>
        <translation>شروع کی تاریخ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Stop on a date</source>
        <translation>کسی تاریخ پر روک دیں</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Stop repeating on a date</source>
        <translation>کسی تاریخ پر دہرانا بند کریں</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Last date</source>
        <translation>آخری تاریخ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>On a set date</source>
        <translation>ایک مقررہ تاریخ پر</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Do it on a set date</source>
        <translation>اسے ایک مقررہ تاریخ پر کریں</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Date to do it</source>
        <translation>کرنے کی تاریخ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Done</source>
        <translation>ہو گیا (&amp;D)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>This action is done</source>
        <translation>یہ کام ہو گیا ہے</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;What</source>
        <translation>کیا (&amp;W)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Wh&amp;o</source>
        <translation>کون (&amp;O)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Goal</source>
        <translation>مقصد (&amp;G)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Repeat</source>
        <translation>دہرائیں (&amp;R)</translation>
    </message>
    <message>
        <location line="+6" />
        <source>E&amp;very</source>
        <translation>ہر (&amp;V)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>On these days</source>
        <translation>ان دنوں میں</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;From</source>
        <translation>سے (&amp;F)</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Until</source>
        <translation>تک</translation>
    </message>
    <message>
        <location line="+10" />
        <source>When</source>
        <translation>کب</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Keep this action</source>
        <translation>یہ کام رکھیں</translation>
    </message>
    <message>
        <location line="+38" />
        <source>day</source>
        <translation>دن</translation>
    </message>
    <message>
        <location line="+0" />
        <source>days</source>
        <translation>دن</translation>
    </message>
    <message>
        <location line="+1" />
        <source>week</source>
        <translation>ہفتہ</translation>
    </message>
    <message>
        <location line="+0" />
        <source>weeks</source>
        <translation>ہفتے</translation>
    </message>
    <message>
        <location line="+1" />
        <source>month</source>
        <translation>مہینہ</translation>
    </message>
    <message>
        <location line="+0" />
        <source>months</source>
        <translation>مہینے</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Days of the week</source>
        <translation>ہفتے کے دن</translation>
    </message>
</context>
<context>
    <name>AlertPanel</name>
<message>
        <location filename="../../ui/views/checkins.py" line="+105" />
        <source>Please get help now</source>
        <translation>براہ کرم ابھی مدد حاصل کریں</translation>
    </message>
</context>
<context>
    <name>AppointmentDateDialog</name>
<message>
        <location filename="../../ui/dialogs/treatment.py" />
        <source>For the referral: {what}</source>
        <translation>اس ریفرل کے لیے: {what}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/treatment.py" />
        <source>Save this appointment date</source>
        <translation>ملاقات کی یہ تاریخ محفوظ کریں</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/treatment.py" />
        <source>The day of the appointment, from the letter</source>
        <translation>ملاقات کا دن، خط میں لکھا ہوا</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/treatment.py" />
        <source>This appointment date is already there.</source>
        <translation>ملاقات کی یہ تاریخ پہلے سے درج ہے۔</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/treatment.py" />
        <source>The appointment cannot be before the referral, on {day}.</source>
        <translation>ملاقات ریفرل کے دن، {day}، سے پہلے نہیں ہو سکتی۔</translation>
    </message>
<message>
        <location filename="../../ui/dialogs/treatment.py" />
        <source>Add an appointment date</source>
        <translation>ملاقات کی تاریخ شامل کریں</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/treatment.py" />
        <source>&amp;Day of the appointment</source>
        <translation>ملاقات کا &amp;دن</translation>
    </message>
</context>
<context>
    <name>AssistedPanel</name>
<message>
        <location filename="../../ui/views/participation_account.py" line="1" />
        <source>Answ&amp;er it</source>
        <translation>&amp;جواب دیں</translation>
    </message>
    <message>
        <location filename="../../ui/views/participation_account.py" line="1" />
        <source>Assisted session: 1 minute left.</source>
        <translation>معاونت والا سیشن: 1 منٹ باقی ہے۔</translation>
    </message>
    <message>
        <location filename="../../ui/views/participation_account.py" line="1" />
        <source>Their answers could not be sent now; they are kept and go at the next sync.</source>
        <translation>ان کے جوابات ابھی نہیں بھیجے جا سکے؛ وہ محفوظ ہیں اور اگلی ہم آہنگی پر جائیں گے۔</translation>
    </message>
    <message>
        <location filename="../../ui/views/participation_account.py" line="1" />
        <source>Their answers are kept, marked as given with help.</source>
        <translation>ان کے جوابات محفوظ ہیں، اس نشان کے ساتھ کہ مدد سے دیے گئے۔</translation>
    </message>
    <message>
        <location filename="../../ui/views/participation_account.py" line="1" />
        <source>Consultation to answer</source>
        <translation>جواب دینے کے لیے مشاورت</translation>
    </message>
<message>
        <location filename="../../ui/views/participation_account.py" line="1" />
        <source>Help at the community centre</source>
        <translation>کمیونٹی سینٹر میں مدد</translation>
    </message>
    <message>
        <location filename="../../ui/views/participation_account.py" line="1" />
        <source>Answer the chosen consultation</source>
        <translation>منتخب مشاورت کا جواب دیں</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/participation_account.py" line="1" />
        <source>Assisted session: {n} minutes left.</source>
        <translation>
            <numerusform>معاونت والا سیشن: {n} منٹ باقی ہے۔</numerusform>
            <numerusform>معاونت والا سیشن: {n} منٹ باقی ہیں۔</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/views/participation_account.py" line="1" />
        <source>The session has ended. Thank you.</source>
        <translation>سیشن ختم ہو گیا۔ شکریہ۔</translation>
    </message>
    <message>
        <location filename="../../ui/views/participation_account.py" line="1" />
        <source>The person is leaving: end the assisted session and send their answers</source>
        <translation>وہ شخص جا رہا ہے: معاونت والا سیشن ختم کریں اور ان کے جوابات بھیجیں</translation>
    </message>
    <message>
        <location filename="../../ui/views/participation_account.py" line="1" />
        <source>The person is &amp;leaving: end the session</source>
        <translation>وہ شخص &amp;جا رہا ہے: سیشن ختم کریں</translation>
    </message>
    <message>
        <location filename="../../ui/views/participation_account.py" line="1" />
        <source>The 30 minutes are up, so the session has ended.</source>
        <translation>30 منٹ پورے ہو گئے، اس لیے سیشن ختم ہو گیا۔</translation>
    </message>
    <message>
        <location filename="../../ui/views/participation_account.py" line="1" />
        <source>Nothing links these answers to you, so they cannot be taken back once sent, like a paper form posted back.</source>
        <translation>یہ جوابات آپ سے کسی طرح نہیں جڑے، اس لیے بھیجنے کے بعد واپس نہیں لیے جا سکتے، جیسے واپس بھیجا گیا کاغذی فارم۔</translation>
    </message>
    <message>
        <location filename="../../ui/views/participation_account.py" line="1" />
        <source>Start an assisted session with a helper's code</source>
        <translation>مددگار کے کوڈ سے معاونت والا سیشن شروع کریں</translation>
    </message>
    <message>
        <location filename="../../ui/views/participation_account.py" line="1" />
        <source>A helper can start a session for someone who cannot take part alone. It ends when they leave, when the app locks, or after 30 minutes.</source>
        <translation>مددگار کسی ایسے شخص کے لیے سیشن شروع کر سکتا ہے جو اکیلے حصہ نہیں لے سکتا۔ یہ اس وقت ختم ہوتا ہے جب وہ چلے جائیں، جب ایپ لاک ہو جائے، یا 30 منٹ بعد۔</translation>
    </message>
    <message>
        <location filename="../../ui/views/participation_account.py" line="1" />
        <source>S&amp;tart an assisted session</source>
        <translation>معاونت والا سیشن &amp;شروع کریں</translation>
    </message>
    <message>
        <location filename="../../ui/views/participation_account.py" line="1" />
        <source>They did not agree, so nothing was recorded.</source>
        <translation>انہوں نے اتفاق نہیں کیا، اس لیے کچھ محفوظ نہیں کیا گیا۔</translation>
    </message>
</context>
<context>
    <name>Banner</name>
<message>
        <location filename="../../ui/widgets/banner.py" line="+41" />
        <source>Message</source>
        <translation>پیغام</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Dismiss</source>
        <translation>ہٹائیں</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Dismiss this message</source>
        <translation>یہ پیغام ہٹائیں</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
<message>
        <location filename="../../ui/widgets/bars.py" line="+24" />
        <source>Hidden: fewer than 10 people</source>
        <translation>چھپا ہوا: 10 سے کم لوگ</translation>
    </message>
</context>
<context>
    <name>BudgetDialog</name>
<message>
        <location filename="../../ui/dialogs/budget.py" />
        <source>&amp;Amount (£)</source>
        <translation>&amp;رقم (£)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/budget.py" />
        <source>&amp;From</source>
        <translation>&amp;سے</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/budget.py" />
        <source>&amp;How it is held</source>
        <translation>&amp;یہ کیسے رکھا جاتا ہے</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/budget.py" />
        <source>&amp;Planned spending</source>
        <translation>&amp;منصوبہ بند اخراجات</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/budget.py" />
        <source>&amp;To</source>
        <translation>&amp;تک</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/budget.py" />
        <source>A category and amount, such as Equipment = 600</source>
        <translation>ایک زمرہ اور رقم، جیسے سامان = 600</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/budget.py" />
        <source>Direct payment: the money is paid to me</source>
        <translation>براہ راست ادائیگی: رقم مجھے ادا کی جاتی ہے</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/budget.py" />
        <source>How the budget is held</source>
        <translation>بجٹ کیسے رکھا جاتا ہے</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/budget.py" />
        <source>My personal health budget</source>
        <translation>میرا ذاتی صحت بجٹ</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/budget.py" />
        <source>Notional: the NHS holds the money</source>
        <translation>نظری: رقم NHS کے پاس رہتی ہے</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/budget.py" />
        <source>Planned spending</source>
        <translation>منصوبہ بند اخراجات</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/budget.py" />
        <source>Save the budget</source>
        <translation>بجٹ محفوظ کریں</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/budget.py" />
        <source>The amount agreed, in pounds</source>
        <translation>طے شدہ رقم، پاؤنڈ میں</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/budget.py" />
        <source>The first day of the budget</source>
        <translation>بجٹ کا پہلا دن</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/budget.py" />
        <source>The last day of the budget</source>
        <translation>بجٹ کا آخری دن</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/budget.py" />
        <source>Third party: an organisation holds it for me</source>
        <translation>تیسرا فریق: ایک ادارہ اسے میرے لیے رکھتا ہے</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/budget.py" />
        <source>Write each planned line as a category, = and an amount, such as Equipment = 600.</source>
        <translation>ہر منصوبہ بند سطر کو زمرہ، = اور رقم کی صورت میں لکھیں، جیسے سامان = 600۔</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/budget.py" />
        <source>Write the amount in pounds, such as 7200.</source>
        <translation>رقم پاؤنڈ میں لکھیں، جیسے 7200۔</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/budget.py" />
        <source>No goals in my plan yet. Add them on the Goals screen, then tick the ones this budget is for.</source>
        <translation>میرے منصوبے میں ابھی کوئی مقصد نہیں۔ انہیں مقاصد والی اسکرین پر شامل کریں، پھر ان پر نشان لگائیں جن کے لیے یہ بجٹ ہے۔</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/budget.py" />
        <source>The goals in my plan this budget is for</source>
        <translation>میرے منصوبے کے وہ مقاصد جن کے لیے یہ بجٹ ہے</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/budget.py" />
        <source>For my &amp;goals</source>
        <translation>میرے &amp;مقاصد کے لیے</translation>
    </message>
</context>
<context>
    <name>BudgetPanel</name>
<message>
        <location filename="../../ui/views/participation_budget.py" line="+0" />
        <source>&amp;Rounds:</source>
        <translation>راؤنڈ (&amp;R):</translation>
    </message>
    <message>
        <location filename="../../ui/views/participation_budget.py" line="+0" />
        <source>About this round</source>
        <translation>اس راؤنڈ کے بارے میں</translation>
    </message>
    <message>
        <location filename="../../ui/views/participation_budget.py" line="+0" />
        <source>not funded</source>
        <translation>رقم نہیں دی گئی</translation>
    </message>
    <message>
        <location filename="../../ui/views/participation_budget.py" line="+0" />
        <source>Your vote was added to the send list. It leaves at the next sync.</source>
        <translation>آپ کا ووٹ بھیجنے کی فہرست میں شامل کر دیا گیا۔ یہ اگلی بار ہم آہنگ کرنے پر جائے گا۔</translation>
    </message>
    <message>
        <location filename="../../ui/views/participation_budget.py" line="+0" />
        <source>Rounds appear here after a sync, once you agree to take part in surveys.</source>
        <translation>راؤنڈ یہاں ہم آہنگ کرنے کے بعد نظر آئیں گے، جب آپ سروے میں حصہ لینے پر رضامند ہوں۔</translation>
    </message>
    <message>
        <location filename="../../ui/views/participation_budget.py" line="+0" />
        <source>Send my &amp;vote</source>
        <translation>میرا ووٹ بھیجیں (&amp;V)</translation>
    </message>
    <message>
        <location filename="../../ui/views/participation_budget.py" line="+0" />
        <source>closed: see the outcome</source>
        <translation>بند: نتیجہ دیکھیں</translation>
    </message>
    <message>
        <location filename="../../ui/views/participation_budget.py" line="+0" />
        <source>Projects: tick the ones you want, with the space bar</source>
        <translation>منصوبے: جو آپ چاہتے ہیں ان پر اسپیس بار سے نشان لگائیں</translation>
    </message>
    <message>
        <location filename="../../ui/views/participation_budget.py" line="+0" />
        <source>Add my vote to the send list; it leaves at the next sync</source>
        <translation>میرا ووٹ بھیجنے کی فہرست میں شامل کریں؛ یہ اگلی بار ہم آہنگ کرنے پر جائے گا</translation>
    </message>
    <message>
        <location filename="../../ui/views/participation_budget.py" line="+0" />
        <source>That is {over} over the pot: untick a project.</source>
        <translation>یہ رقم سے {over} زیادہ ہے: کسی منصوبے سے نشان ہٹائیں۔</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/participation_budget.py" line="+0" />
        <source>%n project(s) funded, costing {cost} of the {pot} pot.</source>
        <translation>
            <numerusform>%n منصوبے کو رقم دی گئی، {pot} کی رقم میں سے {cost} کی لاگت سے۔</numerusform>
            <numerusform>%n منصوبوں کو رقم دی گئی، {pot} کی رقم میں سے {cost} کی لاگت سے۔</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/views/participation_budget.py" line="+0" />
        <source>Turn on "Answer local surveys and consultations" in Choices to vote.</source>
        <translation>ووٹ دینے کے لیے انتخاب میں "مقامی سروے اور مشاورت کا جواب دیں" آن کریں۔</translation>
    </message>
    <message>
        <location filename="../../ui/views/participation_budget.py" line="+0" />
        <source>What became of it: {fate}</source>
        <translation>اس کا کیا بنا: {fate}</translation>
    </message>
    <message>
        <location filename="../../ui/views/participation_budget.py" line="+0" />
        <source>Running total of the projects you chose</source>
        <translation>آپ کے چنے ہوئے منصوبوں کی لاگت کا جاری میزان</translation>
    </message>
    <message>
        <location filename="../../ui/views/participation_budget.py" line="+0" />
        <source>open until {day}</source>
        <translation>{day} تک کھلا</translation>
    </message>
    <message>
        <location filename="../../ui/views/participation_budget.py" line="+0" />
        <source>FUNDED</source>
        <translation>رقم دی گئی</translation>
    </message>
    <message>
        <location filename="../../ui/views/participation_budget.py" line="+0" />
        <source>Budget rounds, open and closed</source>
        <translation>بجٹ راؤنڈ، کھلے اور بند</translation>
    </message>
    <message>
        <location filename="../../ui/views/participation_budget.py" line="+0" />
        <source>{title}: {cost}, proposed by {organisation}. {description}</source>
        <translation>{title}: {cost}، تجویز کنندہ {organisation}۔ {description}</translation>
    </message>
    <message>
        <location filename="../../ui/views/participation_budget.py" line="+0" />
        <source>fewer than 10 votes</source>
        <translation>10 سے کم ووٹ</translation>
    </message>
    <message>
        <location filename="../../ui/views/participation_budget.py" line="+0" />
        <source>Your choice costs more than the pot, so it was not added. Untick a project.</source>
        <translation>آپ کا انتخاب رقم سے زیادہ مہنگا ہے، اس لیے شامل نہیں کیا گیا۔ کسی منصوبے سے نشان ہٹائیں۔</translation>
    </message>
    <message>
        <location filename="../../ui/views/participation_budget.py" line="+0" />
        <source>No budget rounds yet</source>
        <translation>ابھی کوئی بجٹ راؤنڈ نہیں</translation>
    </message>
    <message>
        <location filename="../../ui/views/participation_budget.py" line="+0" />
        <source>{area}. Pot: {pot}. Voting from {opens} to {closes}.</source>
        <translation>{area}۔ رقم: {pot}۔ ووٹنگ {opens} سے {closes} تک۔</translation>
    </message>
    <message>
        <location filename="../../ui/views/participation_budget.py" line="+0" />
        <source>Funded by the Method of Equal Shares.</source>
        <translation>رقم مساوی حصوں کے طریقے (Method of Equal Shares) سے دی جاتی ہے۔</translation>
    </message>
    <message>
        <location filename="../../ui/views/participation_budget.py" line="+0" />
        <source>You have voted; sending again replaces your vote.</source>
        <translation>آپ ووٹ دے چکے ہیں؛ دوبارہ بھیجنے سے آپ کا ووٹ بدل جائے گا۔</translation>
    </message>
<message>
        <location filename="../../ui/views/participation_budget.py" line="+0" />
        <source>Decide with your neighbours how part of a budget is spent. Tick the projects you want; your vote is sent at the next sync, with your agreement to take part in surveys, and counted with nobody's name.</source>
        <translation>اپنے پڑوسیوں کے ساتھ فیصلہ کریں کہ بجٹ کا کچھ حصہ کیسے خرچ ہو۔ جو منصوبے آپ چاہتے ہیں ان پر نشان لگائیں؛ آپ کا ووٹ اگلی بار ہم آہنگ کرنے پر، سروے میں حصہ لینے کی آپ کی رضامندی کے ساتھ بھیجا جاتا ہے، اور کسی کے نام کے بغیر گنا جاتا ہے۔</translation>
    </message>
    <message>
        <location filename="../../ui/views/participation_budget.py" line="+0" />
        <source>Tick every project you support.</source>
        <translation>ہر اس منصوبے پر نشان لگائیں جس کی آپ حمایت کرتے ہیں۔</translation>
    </message>
    <message>
        <location filename="../../ui/views/participation_budget.py" line="+0" />
        <source>Chosen: {total} of the {pot} pot.</source>
        <translation>چنے گئے: {pot} کی رقم میں سے {total}۔</translation>
    </message>
    <message>
        <location filename="../../ui/views/participation_budget.py" line="+0" />
        <source>Choose projects that together cost no more than the pot.</source>
        <translation>ایسے منصوبے چنیں جن کی کل لاگت بجٹ کی رقم سے زیادہ نہ ہو۔</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/participation_budget.py" line="+0" />
        <source>%n vote(s)</source>
        <translation>
            <numerusform>%n ووٹ</numerusform>
            <numerusform>%n ووٹ</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/views/participation_budget.py" line="+0" />
        <source>Funded by votes, most first, while the money lasts.</source>
        <translation>رقم ووٹوں کے حساب سے دی جاتی ہے، سب سے زیادہ ووٹ والے پہلے، جب تک رقم باقی رہے۔</translation>
    </message>
</context>
<context>
    <name>BudgetView</name>
<message numerus="yes">
        <location filename="../../ui/views/budget.py" />
        <source>%n-month review</source>
        <translation>
            <numerusform>%n ماہ کا جائزہ</numerusform>
            <numerusform>%n ماہ کا جائزہ</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/views/budget.py" />
        <source>&amp;Log a spend…</source>
        <translation>&amp;خرچ درج کریں…</translation>
    </message>
    <message>
        <location filename="../../ui/views/budget.py" />
        <source>&amp;Set up the budget…</source>
        <translation>&amp;بجٹ ترتیب دیں…</translation>
    </message>
    <message>
        <location filename="../../ui/views/budget.py" />
        <source>Budget saved.</source>
        <translation>بجٹ محفوظ ہو گیا۔</translation>
    </message>
    <message>
        <location filename="../../ui/views/budget.py" />
        <source>Category</source>
        <translation>زمرہ</translation>
    </message>
    <message>
        <location filename="../../ui/views/budget.py" />
        <source>Copy saved.</source>
        <translation>نقل محفوظ ہو گئی۔</translation>
    </message>
    <message>
        <location filename="../../ui/views/budget.py" />
        <source>Left</source>
        <translation>باقی</translation>
    </message>
    <message>
        <location filename="../../ui/views/budget.py" />
        <source>Log a spend, with its receipt if I have one</source>
        <translation>خرچ درج کریں، اگر رسید ہو تو اس کے ساتھ</translation>
    </message>
    <message>
        <location filename="../../ui/views/budget.py" />
        <source>My budget</source>
        <translation>میرا بجٹ</translation>
    </message>
    <message>
        <location filename="../../ui/views/budget.py" />
        <source>My budget at a glance</source>
        <translation>میرا بجٹ ایک نظر میں</translation>
    </message>
    <message>
        <location filename="../../ui/views/budget.py" />
        <source>My health budget</source>
        <translation>میرا صحت بجٹ</translation>
    </message>
    <message>
        <location filename="../../ui/views/budget.py" />
        <source>No personal health budget yet. Choose Set up the budget to write down the one agreed with you.</source>
        <translation>ابھی کوئی ذاتی صحت بجٹ نہیں۔ آپ کے ساتھ طے شدہ بجٹ لکھنے کے لیے بجٹ ترتیب دیں چنیں۔</translation>
    </message>
    <message>
        <location filename="../../ui/views/budget.py" />
        <source>Overspend: spending is above plan for now.</source>
        <translation>زیادہ خرچ: اس وقت اخراجات منصوبے سے زیادہ ہیں۔</translation>
    </message>
    <message>
        <location filename="../../ui/views/budget.py" />
        <source>Overspent: more has been spent than the whole budget.</source>
        <translation>حد سے زیادہ خرچ: پورے بجٹ سے زیادہ خرچ ہو چکا ہے۔</translation>
    </message>
    <message>
        <location filename="../../ui/views/budget.py" />
        <source>PDF (*.pdf);;Spreadsheet (*.csv)</source>
        <translation>PDF (*.pdf);;اسپریڈشیٹ (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/views/budget.py" />
        <source>Planned</source>
        <translation>منصوبہ بند</translation>
    </message>
    <message>
        <location filename="../../ui/views/budget.py" />
        <source>Planned and spent, by category</source>
        <translation>منصوبہ بند اور خرچ شدہ، زمرہ وار</translation>
    </message>
    <message>
        <location filename="../../ui/views/budget.py" />
        <source>Save the review s&amp;tatement…</source>
        <translation>جائزے کا &amp;گوشوارہ محفوظ کریں…</translation>
    </message>
    <message>
        <location filename="../../ui/views/budget.py" />
        <source>Save the review statement</source>
        <translation>جائزے کا گوشوارہ محفوظ کریں</translation>
    </message>
    <message>
        <location filename="../../ui/views/budget.py" />
        <source>Save the review statement as a PDF or a spreadsheet (CSV)</source>
        <translation>جائزے کا گوشوارہ PDF یا اسپریڈشیٹ (CSV) کے طور پر محفوظ کریں</translation>
    </message>
    <message>
        <location filename="../../ui/views/budget.py" />
        <source>See the &amp;receipt…</source>
        <translation>&amp;رسید دیکھیں…</translation>
    </message>
    <message>
        <location filename="../../ui/views/budget.py" />
        <source>See the receipt of the chosen spend</source>
        <translation>چنے گئے خرچ کی رسید دیکھیں</translation>
    </message>
    <message>
        <location filename="../../ui/views/budget.py" />
        <source>Set up or change the budget agreed</source>
        <translation>طے شدہ بجٹ ترتیب دیں یا بدلیں</translation>
    </message>
    <message>
        <location filename="../../ui/views/budget.py" />
        <source>Spend saved.</source>
        <translation>خرچ محفوظ ہو گیا۔</translation>
    </message>
    <message>
        <location filename="../../ui/views/budget.py" />
        <source>Spending</source>
        <translation>اخراجات</translation>
    </message>
    <message>
        <location filename="../../ui/views/budget.py" />
        <source>Spending is on track.</source>
        <translation>اخراجات منصوبے کے مطابق ہیں۔</translation>
    </message>
    <message>
        <location filename="../../ui/views/budget.py" />
        <source>Spent</source>
        <translation>خرچ شدہ</translation>
    </message>
    <message>
        <location filename="../../ui/views/budget.py" />
        <source>Statement saved: {name}</source>
        <translation>گوشوارہ محفوظ ہو گیا: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/views/budget.py" />
        <source>Underspend: spending is below plan for now.</source>
        <translation>کم خرچ: اس وقت اخراجات منصوبے سے کم ہیں۔</translation>
    </message>
    <message>
        <location filename="../../ui/views/budget.py" />
        <source>What I have spent, newest first</source>
        <translation>میں نے کیا خرچ کیا، نئے پہلے</translation>
    </message>
    <message>
        <location filename="../../ui/views/budget.py" />
        <source>Which review the statement is for</source>
        <translation>گوشوارہ کس جائزے کے لیے ہے</translation>
    </message>
    <message>
        <location filename="../../ui/views/budget.py" />
        <source>{amount} from {start} to {end}. Spent {spent}; balance {balance}.</source>
        <translation>{amount}، {start} سے {end} تک۔ خرچ {spent}؛ بقایا {balance}۔</translation>
    </message>
    <message>
        <location filename="../../ui/views/budget.py" />
        <source>{category} (not planned)</source>
        <translation>{category} (منصوبے میں نہیں)</translation>
    </message>
    <message>
        <location filename="../../ui/views/budget.py" />
        <source>{day}: {amount} to {payee} ({category})</source>
        <translation>{day}: {amount}، {payee} کو ({category})</translation>
    </message>
    <message>
        <location filename="../../ui/views/budget.py" />
        <source>{text}, with a receipt</source>
        <translation>{text}، رسید کے ساتھ</translation>
    </message>
    <message>
        <location filename="../../ui/views/budget.py" />
        <source>For: {outcomes}</source>
        <translation>کس لیے: {outcomes}</translation>
    </message>
</context>
<context>
    <name>CaringView</name>
<message>
        <location filename="../../ui/views/caring.py" />
        <source>&amp;Back to my own profile</source>
        <translation>اپنے پروفائل پر واپس جائیں (&amp;B)</translation>
    </message>
    <message>
        <location filename="../../ui/views/caring.py" />
        <source>Close this profile and go back to my own</source>
        <translation>یہ پروفائل بند کریں اور اپنے پروفائل پر واپس جائیں</translation>
    </message>
    <message>
        <location filename="../../ui/views/caring.py" />
        <source>People who gave you access, with what you can do and until when</source>
        <translation>وہ لوگ جنہوں نے آپ کو رسائی دی، آپ کیا کر سکتے ہیں اور کب تک</translation>
    </message>
    <message>
        <location filename="../../ui/views/caring.py" />
        <source>Access that ends soon</source>
        <translation>رسائی جو جلد ختم ہو رہی ہے</translation>
    </message>
    <message>
        <location filename="../../ui/views/caring.py" />
        <source>{name}'s access to your profile ends on {day}. Renew it if {name} still helps you.</source>
        <translation>آپ کے پروفائل تک {name} کی رسائی {day} کو ختم ہو رہی ہے۔ اگر {name} اب بھی آپ کی مدد کرتے ہیں تو اس کی تجدید کریں۔</translation>
    </message>
    <message>
        <location filename="../../ui/views/caring.py" />
        <source>{carer} can see and change your profile until {day}</source>
        <translation>{carer} {day} تک آپ کا پروفائل دیکھ اور بدل سکتے ہیں</translation>
    </message>
    <message>
        <location filename="../../ui/views/caring.py" />
        <source>can see and change</source>
        <translation>دیکھ اور بدل سکتے ہیں</translation>
    </message>
    <message>
        <location filename="../../ui/views/caring.py" />
        <source>Open the chosen person's profile</source>
        <translation>منتخب شخص کا پروفائل کھولیں</translation>
    </message>
    <message>
        <location filename="../../ui/views/caring.py" />
        <source>{name}: access ended on {day}</source>
        <translation>{name}: رسائی {day} کو ختم ہو گئی</translation>
    </message>
    <message>
        <location filename="../../ui/views/caring.py" />
        <source>The people who gave you access to their profile on this computer or this USB stick. Opening one keeps your own profile open: you can come back to it, or go to someone else, without typing your passphrase again.</source>
        <translation>وہ لوگ جنہوں نے اس کمپیوٹر یا اس USB اسٹک پر آپ کو اپنے پروفائل تک رسائی دی ہے۔ کسی ایک کو کھولنے سے آپ کا اپنا پروفائل کھلا رہتا ہے: آپ دوبارہ پاس فریز لکھے بغیر اس پر واپس آ سکتے ہیں یا کسی اور کے پاس جا سکتے ہیں۔</translation>
    </message>
    <message>
        <location filename="../../ui/views/caring.py" />
        <source>{carer} can see your profile until {day}</source>
        <translation>{carer} {day} تک آپ کا پروفائل دیکھ سکتے ہیں</translation>
    </message>
    <message>
        <location filename="../../ui/views/caring.py" />
        <source>Nobody has given you access to their profile yet. The person opens Settings in their own profile and gives you access there.</source>
        <translation>ابھی تک کسی نے آپ کو اپنے پروفائل تک رسائی نہیں دی۔ وہ شخص اپنے پروفائل میں ترتیبات کھول کر وہاں آپ کو رسائی دیتا ہے۔</translation>
    </message>
    <message>
        <location filename="../../ui/views/caring.py" />
        <source>&amp;Open their profile</source>
        <translation>ان کا پروفائل کھولیں (&amp;O)</translation>
    </message>
    <message>
        <location filename="../../ui/views/caring.py" />
        <source>{name}: you can see and change their profile until {day}</source>
        <translation>{name}: آپ {day} تک ان کا پروفائل دیکھ اور بدل سکتے ہیں</translation>
    </message>
    <message>
        <location filename="../../ui/views/caring.py" />
        <source>Your access to {name} ends on {day}. Ask {name} to renew it if you still help them.</source>
        <translation>{name} تک آپ کی رسائی {day} کو ختم ہو رہی ہے۔ اگر آپ اب بھی ان کی مدد کرتے ہیں تو {name} سے اس کی تجدید کرنے کو کہیں۔</translation>
    </message>
    <message>
        <location filename="../../ui/views/caring.py" />
        <source>{name}: you can see their profile until {day}</source>
        <translation>{name}: آپ {day} تک ان کا پروفائل دیکھ سکتے ہیں</translation>
    </message>
<message>
        <location filename="../../ui/views/caring.py" />
        <source>can see</source>
        <translation>دیکھ سکتے ہیں</translation>
    </message>
    <message>
        <location filename="../../ui/views/caring.py" />
        <source>You are in {name}'s profile already.</source>
        <translation>آپ پہلے ہی {name} کے پروفائل میں ہیں۔</translation>
    </message>
    <message>
        <location filename="../../ui/views/caring.py" />
        <source>People I care for</source>
        <translation>میری دیکھ بھال میں لوگ</translation>
    </message>
</context>
<context>
    <name>ChartWidget</name>
<message>
        <location filename="../../ui/widgets/chart.py" line="+52" />
        <source>since {day}</source>
        <translation>{day} سے</translation>
    </message>
    <message>
        <location line="+4" />
        <source>last week</source>
        <translation>پچھلا ہفتہ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>last month</source>
        <translation>پچھلا مہینہ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>last year</source>
        <translation>پچھلا سال</translation>
    </message>
    <message>
        <location line="+1" />
        <source>all time</source>
        <translation>تمام وقت</translation>
    </message>
    <message>
        <location line="+7" />
        <source>{value} out of 10</source>
        <translation>10 میں سے {value}</translation>
    </message>
    <message>
        <location line="+5" />
        <source>yes</source>
        <translation>ہاں</translation>
    </message>
    <message>
        <location line="+2" />
        <source>no</source>
        <translation>نہیں</translation>
    </message>
    <message>
        <location line="+9" />
        <source>No chart to show.</source>
        <translation>دکھانے کے لیے کوئی چارٹ نہیں ہے۔</translation>
    </message>
    <message>
        <location line="+3" />
        <source>{head}: nothing logged yet.</source>
        <translation>{head}: ابھی کچھ درج نہیں ہوا۔</translation>
    </message>
    <message>
        <location line="+4" />
        <source>1 entry</source>
        <translation>1 اندراج</translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n entries</source>
        <translation>
            <numerusform>%n اندراج</numerusform>
            <numerusform>%n اندراجات</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3" />
        <source>{count}, {yes} of them yes</source>
        <translation>{count}، ان میں سے {yes} ہاں</translation>
    </message>
    <message>
        <location line="+7" />
        <source>all {value}</source>
        <translation>سب {value}</translation>
    </message>
    <message>
        <location line="+4" />
        <source>from {low} to {high} out of 10</source>
        <translation>10 میں سے {low} سے {high} تک</translation>
    </message>
    <message>
        <location line="+4" />
        <source>from {low} to {high}</source>
        <translation>{low} سے {high} تک</translation>
    </message>
    <message>
        <location line="+3" />
        <source>{count}, {spread}, latest {latest}</source>
        <translation>{count}، {spread}، تازہ ترین {latest}</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Target {target}.</source>
        <translation>ہدف: {target}۔</translation>
    </message>
    <message>
        <location line="+32" />
        <location line="+27" />
        <source>Chart</source>
        <translation>چارٹ</translation>
    </message>
    <message>
        <location line="-25" />
        <source>Nothing logged for this time yet.</source>
        <translation>اس مدت کے لیے ابھی کچھ درج نہیں ہوا۔</translation>
    </message>
    <message>
        <location line="+23" />
        <source>Chart of {label}</source>
        <translation>چارٹ برائے {label}</translation>
    </message>
    <message>
        <location line="+55" />
        <source>Yes</source>
        <translation>ہاں</translation>
    </message>
    <message>
        <location line="+2" />
        <source>No</source>
        <translation>نہیں</translation>
    </message>
    <message>
        <location line="+8" />
        <source>{label} (0 to 10)</source>
        <translation>{label} (0 سے 10)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>{label} in {unit}</source>
        <translation>{label} ({unit} میں)</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Choose something to show.</source>
        <translation>دکھانے کے لیے کچھ چنیں۔</translation>
    </message>
    <message>
        <location line="+64" />
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Target</source>
        <translation>ہدف</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Target: {target}</source>
        <translation>ہدف: {target}</translation>
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
        <translation>PHQ-9 اسکور</translation>
    </message>
    <message>
        <location line="+1" />
        <source>GAD-7 score</source>
        <translation>GAD-7 اسکور</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Life satisfaction</source>
        <translation>زندگی سے اطمینان</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Feeling that life is worthwhile</source>
        <translation>یہ احساس کہ زندگی قابل قدر ہے</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Happiness yesterday</source>
        <translation>کل کی خوشی</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Anxiety yesterday</source>
        <translation>کل کی پریشانی</translation>
    </message>
    <message>
        <location line="+412" />
        <location line="+20" />
        <source>Check-ins</source>
        <translation>چیک اِن</translation>
    </message>
    <message>
        <location line="-16" />
        <source>Questionnaires</source>
        <translation>سوالنامے</translation>
    </message>
    <message>
        <location line="+7" />
        <source>How it has gone</source>
        <translation>اب تک کیسا رہا</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Short questionnaires about how you feel. Your answers stay on this computer.</source>
        <translation>مختصر سوالنامے کہ آپ کیسا محسوس کرتے ہیں۔ آپ کے جوابات اسی کمپیوٹر پر رہتے ہیں۔</translation>
    </message>
    <message>
        <location line="+36" />
        <source>Check-in saved.</source>
        <translation>چیک اِن محفوظ ہو گیا۔</translation>
    </message>
</context>
<context>
    <name>CodeDialog</name>
<message>
        <location filename="../../ui/views/participation_account.py" line="1" />
        <source>&amp;Their language</source>
        <translation>ان کی &amp;زبان</translation>
    </message>
    <message>
        <location filename="../../ui/views/participation_account.py" line="1" />
        <source>&amp;One-time code</source>
        <translation>ایک بار کا &amp;کوڈ</translation>
    </message>
    <message>
        <location filename="../../ui/views/participation_account.py" line="1" />
        <source>For the helper: type the one-time code from the console. It is not linked to you or to what the person says.</source>
        <translation>مددگار کے لیے: کنسول سے ملا ایک بار کا کوڈ لکھیں۔ یہ نہ آپ سے جڑا ہے اور نہ اس سے جو وہ شخص کہتا ہے۔</translation>
    </message>
    <message>
        <location filename="../../ui/views/participation_account.py" line="1" />
        <source>The language of the person taking part</source>
        <translation>حصہ لینے والے شخص کی زبان</translation>
    </message>
    <message>
        <location filename="../../ui/views/participation_account.py" line="1" />
        <source>One-time code from the console</source>
        <translation>کنسول سے ملا ایک بار کا کوڈ</translation>
    </message>
<message>
        <location filename="../../ui/views/participation_account.py" line="1" />
        <source>Start an assisted session</source>
        <translation>معاونت والا سیشن شروع کریں</translation>
    </message>
</context>
<context>
    <name>Consent</name>
<message>
        <location filename="../../sync/consent.py" line="+42" />
        <source>Download the list of local services</source>
        <translation>مقامی سروسز کی فہرست ڈاؤن لوڈ کریں</translation>
    </message>
    <message>
        <location line="+1" />
        <source>If you agree, the app downloads a list of community services in London, like walking groups, food banks and carers' groups. You can then search it, even with no internet.

The app asks the server for the list. It sends nothing about you or your health. The server can see your computer's internet address, as any website can.

You can stop this at any time. The app then stops downloading the list.</source>
        <translation>اگر آپ راضی ہوں تو ایپ لندن میں کمیونٹی سروسز کی ایک فہرست ڈاؤن لوڈ کرتی ہے، جیسے پیدل چلنے کے گروپ، فوڈ بینک اور دیکھ بھال کرنے والوں (کیئررز) کے گروپ۔ پھر آپ اس فہرست میں تلاش کر سکتے ہیں، انٹرنیٹ کے بغیر بھی۔

ایپ سرور سے یہ فہرست مانگتی ہے۔ یہ آپ کے بارے میں یا آپ کی صحت کے بارے میں کچھ نہیں بھیجتی۔ سرور آپ کے کمپیوٹر کا انٹرنیٹ پتہ دیکھ سکتا ہے، جیسے کوئی بھی ویب سائٹ دیکھ سکتی ہے۔

آپ اسے کسی بھی وقت بند کر سکتے ہیں۔ پھر ایپ فہرست ڈاؤن لوڈ کرنا بند کر دیتی ہے۔</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Answer local surveys and consultations</source>
        <translation>مقامی سروے اور مشاورت کا جواب دیں</translation>
    </message>
    <message>
        <location line="+1" />
        <source>If you agree, the app downloads open surveys about local health and care services. You choose which ones to answer. Only the answers you give are sent.

Your answers are sent with a random code, not your name. They never include your NHS number, your logs or your plan. Results are only shown for groups of 10 people or more, so no one can pick out your answers.

You can stop at any time. If you stop, the app asks the server to delete every survey answer you sent.</source>
        <translation>اگر آپ راضی ہوں تو ایپ مقامی صحت اور نگہداشت کی سروسز کے بارے میں کھلے سروے ڈاؤن لوڈ کرتی ہے۔ آپ خود چنتے ہیں کہ کن کا جواب دینا ہے۔ صرف وہی جواب بھیجے جاتے ہیں جو آپ دیتے ہیں۔

آپ کے جواب ایک بے ترتیب کوڈ کے ساتھ بھیجے جاتے ہیں، آپ کے نام کے ساتھ نہیں۔ ان میں کبھی بھی آپ کا NHS نمبر، آپ کے اندراجات یا آپ کا منصوبہ شامل نہیں ہوتا۔ نتائج صرف 10 یا اس سے زیادہ لوگوں کے گروپوں کے لیے دکھائے جاتے ہیں، تاکہ کوئی بھی آپ کے جواب پہچان نہ سکے۔

آپ کسی بھی وقت بند کر سکتے ہیں۔ اگر آپ بند کریں تو ایپ سرور سے کہتی ہے کہ آپ کے بھیجے ہوئے سروے کے تمام جواب مٹا دے۔</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Give feedback on services</source>
        <translation>سروسز کے بارے میں رائے دیں</translation>
    </message>
    <message>
        <location line="+1" />
        <source>If you agree, you can tell services how they did, using the NHS Friends and Family Test question: "Overall, how was your experience of our service?" You can add a comment if you want to.

Your feedback is sent with a random code, not your name. You can read exactly what will be sent before it goes. Results are only shown for groups of 10 people or more.

You can stop at any time. If you stop, the app asks the server to delete all the feedback you sent.</source>
        <translation>اگر آپ راضی ہوں تو آپ سروسز کو بتا سکتے ہیں کہ انہوں نے کیسا کام کیا۔ اس کے لیے NHS Friends and Family Test کا سوال استعمال ہوتا ہے: “مجموعی طور پر، ہماری سروس کے ساتھ آپ کا تجربہ کیسا رہا؟” اگر آپ چاہیں تو ایک تبصرہ بھی لکھ سکتے ہیں۔

آپ کی رائے ایک بے ترتیب کوڈ کے ساتھ بھیجی جاتی ہے، آپ کے نام کے ساتھ نہیں۔ بھیجنے سے پہلے آپ ٹھیک ٹھیک پڑھ سکتے ہیں کہ کیا بھیجا جائے گا۔ نتائج صرف 10 یا اس سے زیادہ لوگوں کے گروپوں کے لیے دکھائے جاتے ہیں۔

آپ کسی بھی وقت بند کر سکتے ہیں۔ اگر آپ بند کریں تو ایپ سرور سے کہتی ہے کہ آپ کی بھیجی ہوئی تمام رائے مٹا دے۔</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Share how you feel, privately</source>
        <translation>نجی طور پر بتائیں کہ آپ کیسا محسوس کرتے ہیں</translation>
    </message>
    <message>
        <location line="+1" />
        <source>If you agree, when you fill in the four wellbeing questions (ONS4), the app can send your scores and your borough to help show how people in London are feeling.

Before your scores leave this computer, the app mixes in random noise. Many of the numbers sent are random, so no one can know your real answers, not even the server. Across many people, the noise cancels out and the average still shows.

You can stop at any time. If you stop, the app asks the server to delete all the scores you sent.</source>
        <translation>اگر آپ راضی ہوں تو جب آپ خوشحالی کے چار سوالوں (ONS4) کے جواب دیں گے، ایپ آپ کے اسکور اور آپ کا بورو بھیج سکتی ہے، تاکہ یہ دکھانے میں مدد ملے کہ لندن میں لوگ کیسا محسوس کر رہے ہیں۔

آپ کے اسکور اس کمپیوٹر سے نکلنے سے پہلے، ایپ ان میں بے ترتیب شور ملا دیتی ہے۔ بھیجے گئے بہت سے عدد بے ترتیب ہوتے ہیں، اس لیے کوئی بھی آپ کے اصل جواب نہیں جان سکتا، سرور بھی نہیں۔ جب بہت سے لوگوں کے جواب ملائے جائیں تو شور کا اثر ختم ہو جاتا ہے اور اوسط پھر بھی نظر آتی ہے۔

آپ کسی بھی وقت بند کر سکتے ہیں۔ اگر آپ بند کریں تو ایپ سرور سے کہتی ہے کہ آپ کے بھیجے ہوئے تمام اسکور مٹا دے۔</translation>
    </message>
    <message>
        <source>Share what helped, privately</source>
        <translation>جو مددگار رہا، اسے نجی طور پر شیئر کریں</translation>
    </message>
    <message>
        <source>If you agree, when you have gone to a community service from your plan and filled in the four wellbeing questions (ONS4) before and after, the app can send what changed. It sends the kind of service (for example, walking groups), its borough, roughly how many times you went, and how much each of your four scores went up or down.

It never sends the name of the service, your scores themselves, dates, or anything you wrote. Before the changes leave this computer, the app mixes in random noise, so no one can know your real answers, not even the server. Results are only shown for groups of 10 people or more.

You can stop at any time. If you stop, the app asks the server to delete everything you sent for this.</source>
        <translation>اگر آپ متفق ہوں، تو جب آپ اپنے منصوبے کی کسی کمیونٹی سروس میں جا چکے ہوں اور اس سے پہلے اور بعد میں فلاح و بہبود کے چار سوالات (ONS4) بھر چکے ہوں، تو ایپ بھیج سکتی ہے کہ کیا بدلا۔ یہ سروس کی قسم (مثلاً واکنگ گروپس)، اس کا بورو، آپ تقریباً کتنی بار گئے، اور آپ کے چاروں اسکور میں سے ہر ایک کتنا اوپر یا نیچے گیا، بھیجتی ہے۔

یہ کبھی سروس کا نام، خود آپ کے اسکور، تاریخیں، یا آپ کی لکھی ہوئی کوئی بات نہیں بھیجتی۔ تبدیلیوں کے اس کمپیوٹر سے نکلنے سے پہلے ایپ ان میں بے ترتیب شور ملا دیتی ہے، اس لیے کوئی بھی آپ کے اصل جوابات نہیں جان سکتا، سرور بھی نہیں۔ نتائج صرف 10 یا اس سے زیادہ لوگوں کے گروپوں کے لیے دکھائے جاتے ہیں۔

آپ کسی بھی وقت روک سکتے ہیں۔ اگر آپ روکیں، تو ایپ سرور سے کہتی ہے کہ اس کے لیے آپ کی بھیجی ہوئی ہر چیز مٹا دے۔</translation>
    </message>
    <message>
        <location filename="../../sync/consent.py" line="+1" />
        <source>If you agree, you join a standing panel of people from your borough. Now and then the panel is asked for its views, and the app tells you when you are invited to a consultation.

The app sends your age band (for example 35-44), your borough and, only if you say, whether you look after someone. It sends them with a random code, not your name, and nothing else about you or your health. Staff only see how many members are in each band, for groups of 10 people or more. The server picks who is invited at random; staff never learn who was picked.

You can leave at any time. If you leave, the app asks the server to delete your membership and your invitations.</source>
        <translation>اگر آپ رضامند ہوں تو آپ اپنے بورو کے لوگوں کے ایک مستقل پینل میں شامل ہو جاتے ہیں۔ کبھی کبھار پینل سے اس کی رائے پوچھی جاتی ہے، اور جب آپ کو کسی مشاورت میں مدعو کیا جائے تو ایپ آپ کو بتاتی ہے۔

ایپ آپ کی عمر کا گروپ (مثلاً 35-44)، آپ کا بورو اور، صرف اگر آپ بتانا چاہیں، یہ کہ آیا آپ کسی کی دیکھ بھال کرتے ہیں، بھیجتی ہے۔ یہ انہیں آپ کے نام کے بجائے ایک بے ترتیب کوڈ کے ساتھ بھیجتی ہے، اور آپ یا آپ کی صحت کے بارے میں اور کچھ نہیں۔ عملہ صرف یہ دیکھتا ہے کہ ہر گروپ میں کتنے ارکان ہیں، اور وہ بھی صرف 10 یا اس سے زیادہ لوگوں کے گروپوں کے لیے۔ سرور بے ترتیب طور پر چنتا ہے کہ کسے مدعو کیا جائے؛ عملے کو کبھی پتا نہیں چلتا کہ کسے چنا گیا۔

آپ کسی بھی وقت چھوڑ سکتے ہیں۔ اگر آپ چھوڑ دیں تو ایپ سرور سے آپ کی رکنیت اور آپ کے دعوت نامے مٹانے کو کہتی ہے۔</translation>
    </message>
    <message>
        <location filename="../../sync/consent.py" line="+1" />
        <source>Join the citizens' panel</source>
        <translation>شہریوں کے پینل میں شامل ہوں</translation>
    </message>
</context>
<context>
    <name>CoreMessages</name>
<message>
        <location filename="../../ui/forms.py" />
        <source>There is no space left on the drive that holds this profile. Free some space, then try again. Nothing was lost.</source>
        <translation>جس ڈرائیو میں یہ پروفائل ہے اس میں جگہ باقی نہیں رہی۔ کچھ جگہ خالی کریں، پھر دوبارہ کوشش کریں۔ کچھ ضائع نہیں ہوا۔</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" />
        <source>There is no space left on the drive you chose for the file. Free some space or choose another place, then try again.</source>
        <translation>فائل کے لیے آپ نے جو ڈرائیو چنی ہے اس میں جگہ باقی نہیں رہی۔ کچھ جگہ خالی کریں یا کوئی اور جگہ چنیں، پھر دوبارہ کوشش کریں۔</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" />
        <source>The drive that holds this profile is read-only, so nothing can be saved. It may be a USB stick with its lock switch on.</source>
        <translation>جس ڈرائیو میں یہ پروفائل ہے وہ صرف پڑھنے کے لیے ہے، اس لیے کچھ محفوظ نہیں ہو سکتا۔ ہو سکتا ہے یہ ایسی یو ایس بی اسٹک ہو جس کا لاک سوئچ آن ہے۔</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" />
        <source>The drive you chose for the file is read-only. Choose another place, then try again.</source>
        <translation>فائل کے لیے آپ نے جو ڈرائیو چنی ہے وہ صرف پڑھنے کے لیے ہے۔ کوئی اور جگہ چنیں، پھر دوبارہ کوشش کریں۔</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" />
        <source>This computer does not let Health Planner save in the folder that holds this profile, so nothing can be saved.</source>
        <translation>یہ کمپیوٹر Health Planner کو اس فولڈر میں محفوظ کرنے نہیں دیتا جس میں یہ پروفائل ہے، اس لیے کچھ محفوظ نہیں ہو سکتا۔</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" />
        <source>This computer does not let Health Planner save in the folder you chose. Choose another place, then try again.</source>
        <translation>یہ کمپیوٹر Health Planner کو آپ کے چنے ہوئے فولڈر میں محفوظ کرنے نہیں دیتا۔ کوئی اور جگہ چنیں، پھر دوبارہ کوشش کریں۔</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" />
        <source>The drive that holds this profile went away, so Health Planner stopped saving and locked the profile. Put it back, then open the profile again.</source>
        <translation>جس ڈرائیو میں یہ پروفائل ہے وہ نکل گئی، اس لیے Health Planner نے محفوظ کرنا روک دیا اور پروفائل لاک کر دی۔ اسے واپس لگائیں، پھر پروفائل دوبارہ کھولیں۔</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" />
        <source>The drive you chose for the file went away. Put it back or choose another place, then try again.</source>
        <translation>فائل کے لیے آپ نے جو ڈرائیو چنی تھی وہ نکل گئی۔ اسے واپس لگائیں یا کوئی اور جگہ چنیں، پھر دوبارہ کوشش کریں۔</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" />
        <source>This profile is open in another Health Planner on this PC since %1. You can open it read-only.</source>
        <translation>یہ پروفائل اسی کمپیوٹر پر ایک اور Health Planner میں %1 سے کھلی ہے۔ آپ اسے صرف پڑھنے کے لیے کھول سکتے ہیں۔</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" />
        <source>This profile is open in Health Planner on the PC called “%1” since %2. You can open it read-only.</source>
        <translation>یہ پروفائل “%1” نام کے کمپیوٹر پر Health Planner میں %2 سے کھلی ہے۔ آپ اسے صرف پڑھنے کے لیے کھول سکتے ہیں۔</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="+164" />
        <source>That passphrase does not open this profile.</source>
        <translation>یہ پاس ورڈ اس پروفائل کو نہیں کھولتا۔</translation>
    </message>
    <message>
        <location line="+1" />
        <source>This profile is not remembered on this computer.</source>
        <translation>یہ کمپیوٹر اس پروفائل کو یاد نہیں رکھتا۔</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Give the profile a name.</source>
        <translation>پروفائل کا نام لکھیں۔</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Profile names can be up to 40 characters.</source>
        <translation>پروفائل کا نام زیادہ سے زیادہ 40 حروف کا ہو سکتا ہے۔</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Profile names cannot contain control characters.</source>
        <translation>پروفائل کے نام میں کنٹرول حروف نہیں ہو سکتے۔</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Use a passphrase of at least 4 characters.</source>
        <translation>کم از کم 4 حروف کا پاس ورڈ استعمال کریں۔</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The profile is locked.</source>
        <translation>پروفائل لاک ہے۔</translation>
    </message>
    <message>
        <location line="+1" />
        <source>This computer has no secure keyring, so it cannot remember you.</source>
        <translation>اس کمپیوٹر میں محفوظ کی رِنگ نہیں ہے، اس لیے یہ آپ کو یاد نہیں رکھ سکتا۔</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The remembered key is damaged. Unlock with your passphrase.</source>
        <translation>یاد رکھی گئی چابی خراب ہے۔ اپنے پاس ورڈ سے کھولیں۔</translation>
    </message>
    <message numerus="yes">
        <location line="+7" />
        <source>Too many wrong tries. Wait %n second(s), then try again.</source>
        <translation>
            <numerusform>بہت زیادہ غلط کوششیں۔ %n سیکنڈ انتظار کریں، پھر دوبارہ کوشش کریں۔</numerusform>
            <numerusform>بہت زیادہ غلط کوششیں۔ %n سیکنڈ انتظار کریں، پھر دوبارہ کوشش کریں۔</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4" />
        <source>There is already a profile called “%1”.</source>
        <translation>“%1” نام کا پروفائل پہلے سے موجود ہے۔</translation>
    </message>
    <message>
        <location line="+4" />
        <source>There is no profile called “%1” here.</source>
        <translation>یہاں “%1” نام کا کوئی پروفائل نہیں ہے۔</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" />
        <source>That recovery code does not open this profile.</source>
        <translation>یہ بحالی کوڈ اس پروفائل کو نہیں کھولتا۔</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" />
        <source>The endpoint's security certificate could not be checked, so nothing was sent.</source>
        <translation>سرور کا حفاظتی سرٹیفکیٹ جانچا نہیں جا سکا، اس لیے کچھ نہیں بھیجا گیا۔</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" />
        <source>Could not reach the participation server. Your contributions are kept and will be sent later.</source>
        <translation>شرکت کے سرور تک رسائی نہیں ہو سکی۔ آپ کی شراکتیں محفوظ ہیں اور بعد میں بھیجی جائیں گی۔</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" />
        <source>The participation server is too slow, so this sync stopped. Your contributions are kept and will be sent later.</source>
        <translation>شرکت کا سرور بہت سست ہے، اس لیے یہ ہم آہنگی روک دی گئی۔ آپ کی شراکتیں محفوظ ہیں اور بعد میں بھیجی جائیں گی۔</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" />
        <source>The participation server's reply was cut short, so nothing from it was saved. Your contributions are kept and will be sent later.</source>
        <translation>شرکت کے سرور کا جواب ادھورا رہ گیا، اس لیے اس میں سے کچھ محفوظ نہیں کیا گیا۔ آپ کی شراکتیں محفوظ ہیں اور بعد میں بھیجی جائیں گی۔</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" />
        <source>The participation server asked this app to wait longer than a sync may take. Your contributions are kept and will be sent later.</source>
        <translation>شرکت کے سرور نے اتنا انتظار کرنے کو کہا جتنا ایک ہم آہنگی میں نہیں ہو سکتا۔ آپ کی شراکتیں محفوظ ہیں اور بعد میں بھیجی جائیں گی۔</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" />
        <source>The participation server has a problem. Your contributions are kept and will be sent later.</source>
        <translation>شرکت کے سرور میں کوئی مسئلہ ہے۔ آپ کی شراکتیں محفوظ ہیں اور بعد میں بھیجی جائیں گی۔</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" />
        <source>The participation server sent a reply this app does not understand. Nothing from it was saved.</source>
        <translation>شرکت کے سرور نے ایسا جواب بھیجا جو یہ ایپ نہیں سمجھتی۔ اس میں سے کچھ محفوظ نہیں کیا گیا۔</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" />
        <source>The participation server's reply did not match what was sent.</source>
        <translation>شرکت کے سرور کا جواب بھیجی گئی چیزوں سے میل نہیں کھاتا۔</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" />
        <source>The directory changed while downloading. Try again.</source>
        <translation>ڈاؤن لوڈ کے دوران ڈائریکٹری بدل گئی۔ دوبارہ کوشش کریں۔</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" />
        <source>The participation server said no (error %1).</source>
        <translation>شرکت کے سرور نے انکار کر دیا (خرابی %1)۔</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" />
        <source>The participation server said no (error %1): %2</source>
        <translation>شرکت کے سرور نے انکار کر دیا (خرابی %1): %2</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" />
        <source>The participation server sent more than this app accepts (%1 KB), so nothing from it was saved. Your contributions are kept and will be sent later.</source>
        <translation>شرکت کے سرور نے اس سے زیادہ بھیجا جتنا یہ ایپ قبول کرتی ہے (%1 KB)، اس لیے اس میں سے کچھ محفوظ نہیں کیا گیا۔ آپ کی شراکتیں محفوظ ہیں اور بعد میں بھیجی جائیں گی۔</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" />
        <source>The participation server's directory is larger than this app accepts (more than %1 services or %2 MB), so it was not saved. The copy you had is kept.</source>
        <translation>شرکت کے سرور کی ڈائریکٹری اس سے بڑی ہے جتنی یہ ایپ قبول کرتی ہے (%1 سے زیادہ خدمات یا %2 MB)، اس لیے اسے محفوظ نہیں کیا گیا۔ آپ کی پچھلی کاپی محفوظ ہے۔</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" />
        <source>This access is view only: nothing can be changed.</source>
        <translation>یہ رسائی صرف دیکھنے کے لیے ہے: کچھ بھی بدلا نہیں جا سکتا۔</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" />
        <source>%1’s access to %2 ended on %3. Ask %4 to renew it.</source>
        <translation>%2 تک %1 کی رسائی %3 کو ختم ہو گئی۔ %4 سے اس کی تجدید کرنے کو کہیں۔</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" />
        <source>%1’s access to %2 is view only: nothing can be changed.</source>
        <translation>%2 تک %1 کی رسائی صرف دیکھنے کے لیے ہے: کچھ بھی بدلا نہیں جا سکتا۔</translation>
    </message>
</context>
<context>
    <name>DeliberationDialog</name>
<message>
        <location filename="../../ui/dialogs/deliberation.py" />
        <source>&amp;Skip reading</source>
        <translation>پڑھنا چھوڑ دیں (&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/deliberation.py" />
        <source>I have &amp;read it, go on</source>
        <translation>میں نے پڑھ لیا، آگے بڑھیں (&amp;R)</translation>
    </message>
<message>
        <location filename="../../ui/dialogs/deliberation.py" />
        <source>Step 1 of 3. What do you think now? You will read some information next, then answer the same questions again.</source>
        <translation>مرحلہ 1 از 3۔ آپ ابھی کیا سوچتے ہیں؟ اس کے بعد آپ کچھ معلومات پڑھیں گے، پھر انہی سوالوں کا دوبارہ جواب دیں گے۔</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/deliberation.py" />
        <source>I have read the information, go on</source>
        <translation>میں نے معلومات پڑھ لی ہیں، آگے بڑھیں</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/deliberation.py" />
        <source>&amp;Next: the information</source>
        <translation>آگے: معلومات (&amp;N)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/deliberation.py" />
        <source>Skip reading the information and go on</source>
        <translation>معلومات پڑھے بغیر آگے بڑھیں</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/deliberation.py" />
        <source>&amp;Back</source>
        <translation>واپس (&amp;B)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/deliberation.py" />
        <source>The information: {title}</source>
        <translation>معلومات: {title}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/deliberation.py" />
        <source>Add my answers to the send list</source>
        <translation>میرے جوابات بھیجنے کی فہرست میں شامل کریں</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/deliberation.py" />
        <source>Cancel, send nothing</source>
        <translation>منسوخ کریں، کچھ نہ بھیجیں</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/deliberation.py" />
        <source>Step 2 of 3. Read this at your own pace; it is kept on this computer, so it reads without the internet. You may skip it: whether you read it or skipped it is sent with your answers.</source>
        <translation>مرحلہ 2 از 3۔ اسے اپنی رفتار سے پڑھیں؛ یہ اسی کمپیوٹر پر محفوظ ہے، اس لیے انٹرنیٹ کے بغیر پڑھا جا سکتا ہے۔ آپ اسے چھوڑ بھی سکتے ہیں: آپ نے اسے پڑھا یا چھوڑا، یہ آپ کے جوابات کے ساتھ بھیجا جاتا ہے۔</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/deliberation.py" />
        <source>Next: read the information</source>
        <translation>آگے: معلومات پڑھیں</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/deliberation.py" />
        <source>Back to the previous step</source>
        <translation>پچھلے مرحلے پر واپس جائیں</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/deliberation.py" />
        <source>Cancel</source>
        <translation>منسوخ کریں</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/deliberation.py" />
        <source>Step 3 of 3. Now that you have seen the information, what do you think?</source>
        <translation>مرحلہ 3 از 3۔ اب جب کہ آپ نے معلومات دیکھ لی ہیں، آپ کیا سوچتے ہیں؟</translation>
    </message>
</context>
<context>
    <name>EasyRead</name>
<message>
        <source>Nothing more to do today.</source>
        <translation>آج مزید کچھ کرنا نہیں ہے۔</translation>
    </message>
<message>
        <source>Write your answer. Then press Enter.</source>
        <translation>اپنا جواب لکھیں۔ پھر Enter دبائیں۔</translation>
    </message>
    <message>
        <source>Tick your goals for this plan.</source>
        <translation>اس منصوبے کے لیے اپنے مقاصد پر نشان لگائیں۔</translation>
    </message>
    <message>
        <source>My pl&amp;an</source>
        <translation>میرا منصوبہ (&amp;A)</translation>
    </message>
    <message>
        <source>My me&amp;dicines</source>
        <translation>میری &amp;دوائیں</translation>
    </message>
    <message>
        <source>Answer questions about how you feel. Only you see the answers.</source>
        <translation>اپنے احساسات کے بارے میں سوالوں کے جواب دیں۔ جواب صرف آپ دیکھتے ہیں۔</translation>
    </message>
    <message>
        <source>What you will do. What your helpers will do.</source>
        <translation>آپ کیا کریں گے۔ آپ کے مددگار کیا کریں گے۔</translation>
    </message>
    <message>
        <source>No appointments soon.</source>
        <translation>جلد کوئی ملاقات نہیں۔</translation>
    </message>
    <message>
        <source>My g&amp;oals</source>
        <translation>میرے مقاصد (&amp;O)</translation>
    </message>
    <message>
        <source>You do not write anything down yet.</source>
        <translation>آپ ابھی کچھ نہیں لکھتے۔</translation>
    </message>
    <message>
        <source>&amp;New thing to write down</source>
        <translation>لکھنے کے لیے نئی چیز (&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Community help</source>
        <translation>کمیونٹی کی &amp;مدد</translation>
    </message>
    <message>
        <source>A&amp;ll my appointments</source>
        <translation>میری &amp;تمام ملاقاتیں</translation>
    </message>
</context>
<context>
    <name>FeedsPanel</name>
<message>
        <source>Borough directories (Open Referral UK feeds)</source>
        <translation>بورو کی ڈائریکٹریاں (اوپن ریفرل یو کے فیڈز)</translation>
    </message>
    <message>
        <source>Add the address of your borough's list of services, if it publishes one in the Open Referral UK format. The app downloads it and searches it with the rest, even with no internet. The feed sees only the app's requests, nothing about you.</source>
        <translation>اگر آپ کا بورو اپنی سروسز کی فہرست اوپن ریفرل یو کے فارمیٹ میں شائع کرتا ہے تو اس کا پتہ شامل کریں۔ ایپ اسے ڈاؤن لوڈ کرتی ہے اور باقی کے ساتھ اس میں تلاش کرتی ہے، انٹرنیٹ کے بغیر بھی۔ فیڈ صرف ایپ کی درخواستیں دیکھتی ہے، آپ کے بارے میں کچھ نہیں۔</translation>
    </message>
    <message>
        <source>Directory feeds you added</source>
        <translation>آپ کی شامل کردہ ڈائریکٹری فیڈز</translation>
    </message>
    <message>
        <source>Feed &amp;address:</source>
        <translation>فیڈ کا پتہ (&amp;A):</translation>
    </message>
    <message>
        <source>Address of a directory feed to add</source>
        <translation>شامل کرنے کے لیے ڈائریکٹری فیڈ کا پتہ</translation>
    </message>
    <message>
        <source>A&amp;dd feed</source>
        <translation>فیڈ شامل کریں (&amp;D)</translation>
    </message>
    <message>
        <source>Add this feed and download it</source>
        <translation>یہ فیڈ شامل کریں اور اسے ڈاؤن لوڈ کریں</translation>
    </message>
    <message>
        <source>&amp;Refresh feeds</source>
        <translation>فیڈز تازہ کریں (&amp;R)</translation>
    </message>
    <message>
        <source>Download every feed again</source>
        <translation>ہر فیڈ دوبارہ ڈاؤن لوڈ کریں</translation>
    </message>
    <message>
        <source>Re&amp;move feed</source>
        <translation>فیڈ ہٹائیں (&amp;M)</translation>
    </message>
    <message>
        <source>Remove the selected feed</source>
        <translation>منتخب فیڈ ہٹائیں</translation>
    </message>
    <message>
        <source>Feed download progress</source>
        <translation>فیڈ ڈاؤن لوڈ کی پیش رفت</translation>
    </message>
    <message numerus="yes">
        <source>{url}: %n service(s), refreshed {when}</source>
        <translation>
            <numerusform>{url}: %n سروس، {when} کو تازہ کی گئی</numerusform>
            <numerusform>{url}: %n سروسز، {when} کو تازہ کی گئیں</numerusform>
        </translation>
    </message>
    <message>
        <source>{url}: not downloaded yet</source>
        <translation>{url}: ابھی ڈاؤن لوڈ نہیں ہوئی</translation>
    </message>
    <message numerus="yes">
        <source>Feed added: %n service(s) downloaded.</source>
        <translation>
            <numerusform>فیڈ شامل ہو گئی: %n سروس ڈاؤن لوڈ ہوئی۔</numerusform>
            <numerusform>فیڈ شامل ہو گئی: %n سروسز ڈاؤن لوڈ ہوئیں۔</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Feeds refreshed: %n service(s) new or changed.</source>
        <translation>
            <numerusform>فیڈز تازہ ہو گئیں: %n سروس نئی یا تبدیل شدہ۔</numerusform>
            <numerusform>فیڈز تازہ ہو گئیں: %n سروسز نئی یا تبدیل شدہ۔</numerusform>
        </translation>
    </message>
    <message>
        <source>Feed removed, with its offline copy.</source>
        <translation>فیڈ ہٹا دی گئی، اس کی آف لائن کاپی سمیت۔</translation>
    </message>
    <message>
        <source>Turn on "Download the list of local services" in Choices first.</source>
        <translation>پہلے انتخاب میں "مقامی سروسز کی فہرست ڈاؤن لوڈ کریں" آن کریں۔</translation>
    </message>
</context>
<context>
    <name>DecisionsView</name>
<message>
        <location filename="../../ui/views/decisions.py" />
        <source>&amp;New decision…</source>
        <translation>&amp;نیا فیصلہ…</translation>
    </message>
    <message>
        <location filename="../../ui/views/decisions.py" />
        <source>Prepare an &amp;appointment…</source>
        <translation>&amp;ملاقات کی تیاری کریں…</translation>
    </message>
    <message>
        <location filename="../../ui/views/decisions.py" />
        <source>&amp;Record the decision…</source>
        <translation>&amp;فیصلہ درج کریں…</translation>
    </message>
    <message>
        <location filename="../../ui/views/decisions.py" />
        <source>, with {who}</source>
        <translation>، {who} کے ساتھ</translation>
    </message>
    <message>
        <location filename="../../ui/views/decisions.py" />
        <source>About the chosen decision</source>
        <translation>چنے گئے فیصلے کے بارے میں</translation>
    </message>
    <message>
        <location filename="../../ui/views/decisions.py" />
        <source>Add the Ask 3 Questions and BRAN questions to a coming appointment about the chosen decision</source>
        <translation>چنے گئے فیصلے کے بارے میں آنے والی ملاقات میں 3 سوال پوچھیں اور BRAN کے سوال شامل کریں</translation>
    </message>
    <message>
        <location filename="../../ui/views/decisions.py" />
        <source>Benefits: {text}</source>
        <translation>فائدے: {text}</translation>
    </message>
    <message>
        <location filename="../../ui/views/decisions.py" />
        <source>Decided: {option}, {day}</source>
        <translation>فیصلہ ہوا: {option}، {day}</translation>
    </message>
    <message>
        <location filename="../../ui/views/decisions.py" />
        <source>Deciding together</source>
        <translation>مل کر فیصلہ</translation>
    </message>
    <message>
        <location filename="../../ui/views/decisions.py" />
        <source>Decision aid: {title} ({address})</source>
        <translation>فیصلے میں مدد: {title} ({address})</translation>
    </message>
    <message>
        <location filename="../../ui/views/decisions.py" />
        <source>Decision saved.</source>
        <translation>فیصلہ محفوظ ہو گیا۔</translation>
    </message>
    <message>
        <location filename="../../ui/views/decisions.py" />
        <source>Decisions I am making</source>
        <translation>وہ فیصلے جو میں کر رہا ہوں</translation>
    </message>
    <message>
        <location filename="../../ui/views/decisions.py" />
        <source>For “{item}”: {text}</source>
        <translation>„{item}“ کے لیے: {text}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/decisions.py" />
        <source>How involved I felt (collaboRATE): all three answers 9 at {top} of {count} appointments; average {mean} of 9</source>
        <translation>
            <numerusform>میں نے خود کو کتنا شامل محسوس کیا (collaboRATE): {count} میں سے {top} ملاقات میں تینوں جواب 9؛ اوسط 9 میں سے {mean}</numerusform>
            <numerusform>میں نے خود کو کتنا شامل محسوس کیا (collaboRATE): {count} میں سے {top} ملاقاتوں میں تینوں جواب 9؛ اوسط 9 میں سے {mean}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/views/decisions.py" />
        <source>No appointment is coming up. Add one on the Appointments screen first.</source>
        <translation>کوئی ملاقات آنے والی نہیں۔ پہلے ملاقاتیں والی اسکرین پر ایک شامل کریں۔</translation>
    </message>
    <message>
        <location filename="../../ui/views/decisions.py" />
        <source>No decisions yet. Choose New decision to write one down.</source>
        <translation>ابھی کوئی فیصلہ نہیں۔ لکھنے کے لیے نیا فیصلہ چنیں۔</translation>
    </message>
    <message>
        <location filename="../../ui/views/decisions.py" />
        <source>Not doing anything for now</source>
        <translation>ابھی کے لیے کچھ نہ کرنا</translation>
    </message>
    <message>
        <location filename="../../ui/views/decisions.py" />
        <source>Note of {day}: {text}</source>
        <translation>{day} کا نوٹ: {text}</translation>
    </message>
    <message>
        <location filename="../../ui/views/decisions.py" />
        <source>Options:</source>
        <translation>اختیارات:</translation>
    </message>
    <message>
        <location filename="../../ui/views/decisions.py" />
        <source>Record what was decided for the chosen decision, and how involved I felt</source>
        <translation>چنے گئے فیصلے میں کیا طے ہوا اور میں نے خود کو کتنا شامل محسوس کیا، درج کریں</translation>
    </message>
    <message>
        <location filename="../../ui/views/decisions.py" />
        <source>Risks: {text}</source>
        <translation>خطرات: {text}</translation>
    </message>
    <message>
        <location filename="../../ui/views/decisions.py" />
        <source>The chosen decision</source>
        <translation>چنا گیا فیصلہ</translation>
    </message>
    <message>
        <location filename="../../ui/views/decisions.py" />
        <source>The questions are in the appointment's questions to ask.</source>
        <translation>سوال ملاقات میں پوچھنے والے سوالوں میں شامل ہو گئے۔</translation>
    </message>
    <message>
        <location filename="../../ui/views/decisions.py" />
        <source>Write down a decision I am facing</source>
        <translation>وہ فیصلہ لکھیں جو مجھے کرنا ہے</translation>
    </message>
    <message>
        <location filename="../../ui/views/decisions.py" />
        <source>{option} (I am leaning towards this)</source>
        <translation>{option} (میرا جھکاؤ اس طرف ہے)</translation>
    </message>
    <message>
        <location filename="../../ui/views/decisions.py" />
        <source>{question} (decided {day})</source>
        <translation>{question} ({day} کو فیصلہ ہوا)</translation>
    </message>
    <message>
        <location filename="../../ui/views/decisions.py" />
        <source>{question} (open)</source>
        <translation>{question} (کھلا)</translation>
    </message>
    <message>
        <location filename="../../ui/views/decisions.py" />
        <source>&amp;Options and notes…</source>
        <translation>&amp;اختیارات اور نوٹ…</translation>
    </message>
    <message>
        <location filename="../../ui/views/decisions.py" />
        <source>How sure I feel: {certainty}</source>
        <translation>مجھے کتنا یقین ہے: {certainty}</translation>
    </message>
    <message>
        <location filename="../../ui/views/decisions.py" />
        <source>Write the benefits and risks of each option, my leaning and a note, for the chosen decision</source>
        <translation>چنے گئے فیصلے کے لیے ہر اختیار کے فائدے اور خطرات، میرا جھکاؤ اور ایک نوٹ لکھیں</translation>
    </message>
    <message>
        <location filename="../../ui/views/decisions.py" />
        <source>fairly sure</source>
        <translation>کافی یقین</translation>
    </message>
    <message>
        <location filename="../../ui/views/decisions.py" />
        <source>not sure yet</source>
        <translation>ابھی یقین نہیں</translation>
    </message>
    <message>
        <location filename="../../ui/views/decisions.py" />
        <source>sure</source>
        <translation>یقین ہے</translation>
    </message>
    <message>
        <location filename="../../ui/views/decisions.py" />
        <source>Latest, {day}: {score} of 9.</source>
        <translation>سب سے تازہ، {day}: 9 میں سے {score}۔</translation>
    </message>
    <message>
        <location filename="../../ui/views/decisions.py" />
        <source>{sentence}.</source>
        <translation>{sentence}۔</translation>
    </message>
    <message>
        <location filename="../../ui/views/decisions.py" />
        <source>How involved I felt, appointment by appointment</source>
        <translation>میں نے خود کو کتنا شامل محسوس کیا، ملاقات بہ ملاقات</translation>
    </message>
    <message>
        <location filename="../../ui/views/decisions.py" />
        <source>Chart of how involved I felt at each appointment (collaboRATE, 0 to 9)</source>
        <translation>ہر ملاقات میں میں نے خود کو کتنا شامل محسوس کیا، اس کا چارٹ (collaboRATE، 0 سے 9)</translation>
    </message>
    <message>
        <location filename="../../ui/views/decisions.py" />
        <source>No collaboRATE answers yet.</source>
        <translation>ابھی collaboRATE کا کوئی جواب نہیں۔</translation>
    </message>
    <message>
        <location filename="../../ui/views/decisions.py" />
        <source>No collaboRATE answers yet. After an appointment, choose Record the decision to say how involved you felt.</source>
        <translation>ابھی collaboRATE کا کوئی جواب نہیں۔ ملاقات کے بعد فیصلہ درج کریں چنیں اور بتائیں کہ آپ نے خود کو کتنا شامل محسوس کیا۔</translation>
    </message>
    <message>
        <location filename="../../ui/views/decisions.py" />
        <source>First, {day}: {score} of 9.</source>
        <translation>پہلی بار، {day}: 9 میں سے {score}۔</translation>
    </message>
    <message>
        <location filename="../../ui/views/decisions.py" />
        <source>How involved I felt at my appointments, in words</source>
        <translation>میں نے اپنی ملاقاتوں میں خود کو کتنا شامل محسوس کیا، الفاظ میں</translation>
    </message>
    <message>
        <location filename="../../ui/views/decisions.py" />
        <source>collaboRATE (0 to 9)</source>
        <translation>collaboRATE (0 سے 9)</translation>
    </message>
    <message>
        <source>What are my options?</source>
        <translation>میرے پاس کیا راستے ہیں؟</translation>
    </message>
    <message>
        <source>What are the pros and cons of each option for me?</source>
        <translation>میرے لیے ہر راستے کے فائدے اور نقصانات کیا ہیں؟</translation>
    </message>
    <message>
        <source>How do I get support to help me make a decision that is right for me?</source>
        <translation>مجھے ایسا فیصلہ کرنے میں مدد کہاں سے ملے گی جو میرے لیے صحیح ہو؟</translation>
    </message>
    <message>
        <source>What are the benefits?</source>
        <translation>فائدے کیا ہیں؟</translation>
    </message>
    <message>
        <source>What are the risks?</source>
        <translation>خطرات کیا ہیں؟</translation>
    </message>
    <message>
        <source>What are the alternatives?</source>
        <translation>دوسرے راستے کیا ہیں؟</translation>
    </message>
    <message>
        <source>What if I do nothing?</source>
        <translation>اگر میں کچھ نہ کروں تو کیا ہوگا؟</translation>
    </message>
</context>
<context>
    <name>EditDecisionDialog</name>
<message>
        <location filename="../../ui/dialogs/decision.py" />
        <source>&amp;Benefits</source>
        <translation>&amp;فائدے</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decision.py" />
        <source>&amp;Leaning towards</source>
        <translation>&amp;جھکاؤ</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decision.py" />
        <source>&amp;Note</source>
        <translation>&amp;نوٹ</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decision.py" />
        <source>&amp;Option</source>
        <translation>&amp;اختیار</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decision.py" />
        <source>&amp;Risks</source>
        <translation>&amp;خطرات</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decision.py" />
        <source>A note from a conversation about this decision</source>
        <translation>اس فیصلے کے بارے میں بات چیت کا نوٹ</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decision.py" />
        <source>Fairly sure</source>
        <translation>کافی یقین</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decision.py" />
        <source>For “{item}”</source>
        <translation>„{item}“ کے لیے</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decision.py" />
        <source>How s&amp;ure</source>
        <translation>کتنا &amp;یقین</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decision.py" />
        <source>How sure I feel</source>
        <translation>مجھے کتنا یقین ہے</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decision.py" />
        <source>Not said</source>
        <translation>نہیں بتایا</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decision.py" />
        <source>Not sure yet</source>
        <translation>ابھی یقین نہیں</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decision.py" />
        <source>Note &amp;with</source>
        <translation>نوٹ کس کے &amp;ساتھ</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decision.py" />
        <source>Options and notes</source>
        <translation>اختیارات اور نوٹ</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decision.py" />
        <source>Save the options and notes</source>
        <translation>اختیارات اور نوٹ محفوظ کریں</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decision.py" />
        <source>Sure</source>
        <translation>یقین ہے</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decision.py" />
        <source>The benefits of this option, in my words</source>
        <translation>اس اختیار کے فائدے، میرے الفاظ میں</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decision.py" />
        <source>The option I am leaning towards</source>
        <translation>وہ اختیار جس کی طرف میرا جھکاؤ ہے</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decision.py" />
        <source>The option to write about</source>
        <translation>وہ اختیار جس کے بارے میں لکھنا ہے</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decision.py" />
        <source>The risks of this option, in my words</source>
        <translation>اس اختیار کے خطرات، میرے الفاظ میں</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decision.py" />
        <source>What this option would mean for: {item}</source>
        <translation>یہ اختیار اس کے لیے کیا معنی رکھے گا: {item}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decision.py" />
        <source>Who the conversation was with</source>
        <translation>بات چیت کس کے ساتھ ہوئی</translation>
    </message>
</context>
<context>
    <name>FormErrors</name>
<message>
        <location filename="../../ui/widgets/forms.py" line="+108" />
        <source>Please fill this in.</source>
        <translation>براہ کرم یہ خانہ بھریں۔</translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>This is too long. Use %n characters or fewer.</source>
        <translation>
            <numerusform>یہ بہت لمبا ہے۔ زیادہ سے زیادہ %n حرف استعمال کریں۔</numerusform>
            <numerusform>یہ بہت لمبا ہے۔ زیادہ سے زیادہ %n حروف استعمال کریں۔</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7" />
        <source>Enter a number, like 85 or 7.5.</source>
        <translation>کوئی عدد لکھیں، جیسے 85 یا 7.5۔</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Enter a date.</source>
        <translation>تاریخ درج کریں۔</translation>
    </message>
    <message>
        <location line="+5" />
        <source>This number is too small.</source>
        <translation>یہ عدد بہت چھوٹا ہے۔</translation>
    </message>
    <message>
        <location line="+2" />
        <source>This number is too big.</source>
        <translation>یہ عدد بہت بڑا ہے۔</translation>
    </message>
    <message>
        <location line="+1" />
        <source>This does not look right. Please check it.</source>
        <translation>یہ ٹھیک نہیں لگتا۔ براہ کرم اسے دیکھ لیں۔</translation>
    </message>
    <message>
        <location line="+23" />
        <source>Something went wrong and nothing was changed. Please try again.</source>
        <translation>کچھ غلط ہو گیا اور کچھ بھی تبدیل نہیں ہوا۔ براہ کرم دوبارہ کوشش کریں۔</translation>
    </message>
</context>
<context>
    <name>Forms</name>
<message>
        <location filename="../../ui/forms.py" line="-42" />
        <source>Too short. Use at least 4 characters.</source>
        <translation>بہت چھوٹا ہے۔ کم از کم 4 حروف استعمال کریں۔</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Strong. This passphrase is hard to guess.</source>
        <translation>مضبوط۔ اس پاس ورڈ کا اندازہ لگانا مشکل ہے۔</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Good. One more word would make it stronger.</source>
        <translation>اچھا ہے۔ ایک اور لفظ اسے زیادہ مضبوط بنا دے گا۔</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Weak. Try 3 or 4 random words, like “yellow kettle river lamp”.</source>
        <translation>کمزور۔ 3 یا 4 بے ترتیب الفاظ آزمائیں، جیسے “پیلی کیتلی دریا چراغ”۔</translation>
    </message>
    <message>
        <location line="+57" />
        <source>This computer ran out of memory. Close some other programs and try again.</source>
        <translation>اس کمپیوٹر کی میموری ختم ہو گئی۔ کچھ دوسرے پروگرام بند کریں اور دوبارہ کوشش کریں۔</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Health Planner could not read or save a file. Check the disk or USB stick is plugged in and not full, then try again.</source>
        <translation>ہیلتھ پلانر فائل پڑھ یا محفوظ نہیں کر سکا۔ دیکھیں کہ ڈسک یا یو ایس بی لگی ہوئی ہے اور بھری ہوئی نہیں ہے، پھر دوبارہ کوشش کریں۔</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Sorry, something went wrong. Nothing was changed. Please try again. If it keeps happening, close Health Planner and open it again.</source>
        <translation>معاف کیجیے، کچھ غلط ہو گیا۔ کچھ بھی تبدیل نہیں ہوا۔ براہ کرم دوبارہ کوشش کریں۔ اگر ایسا بار بار ہو تو ہیلتھ پلانر بند کر کے دوبارہ کھولیں۔</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/forms.py" line="+22" />
        <source>Cancel without saving</source>
        <translation>محفوظ کیے بغیر منسوخ کریں</translation>
    </message>
</context>
<context>
    <name>GoalDialog</name>
<message>
        <location filename="../../ui/dialogs/goal_editor.py" line="+66" />
        <source>Change a goal</source>
        <translation>مقصد بدلیں</translation>
    </message>
    <message>
        <location line="+0" />
        <source>New goal</source>
        <translation>نیا مقصد</translation>
    </message>
    <message>
        <location line="+6" />
        <source>What is your goal?</source>
        <translation>آپ کا مقصد کیا ہے؟</translation>
    </message>
    <message>
        <location line="+1" />
        <source>For example: Walk 7,000 steps a day</source>
        <translation>مثال کے طور پر: روزانہ 7,000 قدم چلنا</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Why it matters to you</source>
        <translation>یہ آپ کے لیے کیوں اہم ہے</translation>
    </message>
    <message>
        <location line="+4" />
        <source>How you will measure it</source>
        <translation>آپ اسے کیسے ناپیں گے</translation>
    </message>
    <message>
        <location line="+1" />
        <source>I will not measure it</source>
        <translation>میں اسے نہیں ناپوں گا</translation>
    </message>
    <message>
        <location line="+4" />
        <location line="+125" />
        <source>Target</source>
        <translation>ہدف</translation>
    </message>
    <message>
        <location line="-122" />
        <source>Is more better, or less?</source>
        <translation>زیادہ بہتر ہے یا کم؟</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Start date</source>
        <translation>شروع کی تاریخ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>I want to reach it &amp;by a date</source>
        <translation>میں اسے کسی تاریخ تک حاصل کرنا چاہتا ہوں (&amp;B)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Set a date to reach it by</source>
        <translation>اسے حاصل کرنے کی تاریخ مقرر کریں</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Date to reach it by</source>
        <translation>حاصل کرنے کی تاریخ</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Where this goal stands</source>
        <translation>یہ مقصد کس حال میں ہے</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Add it to my &amp;care plan</source>
        <translation>اسے میرے نگہداشت کے منصوبے میں شامل کریں (&amp;C)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Add this goal to my care plan</source>
        <translation>یہ مقصد میرے نگہداشت کے منصوبے میں شامل کریں</translation>
    </message>
    <message>
        <location line="+6" />
        <source>&amp;Goal</source>
        <translation>مقصد (&amp;G)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Why it matters</source>
        <translation>یہ کیوں اہم ہے (&amp;W)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Measure with</source>
        <translation>کس سے ناپیں (&amp;M)</translation>
    </message>
    <message>
        <location line="+9" />
        <source>&amp;Target</source>
        <translation>ہدف (&amp;T)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Start</source>
        <translation>شروع (&amp;S)</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Reach it by</source>
        <translation>تک حاصل کریں</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Stat&amp;us</source>
        <translation>حالت (&amp;U)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Save this goal</source>
        <translation>یہ مقصد محفوظ کریں</translation>
    </message>
    <message>
        <location line="+60" />
        <source>out of 10</source>
        <translation>10 میں سے</translation>
    </message>
    <message>
        <location line="+2" />
        <source>(1 for yes, 0 for no)</source>
        <translation>(ہاں کے لیے 1، نہیں کے لیے 0)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Target in {unit}</source>
        <translation>ہدف {unit} میں</translation>
    </message>
    <message>
        <location line="+44" />
        <source>Enter the number you are aiming for, like 85 or 7000.</source>
        <translation>وہ عدد لکھیں جس تک آپ پہنچنا چاہتے ہیں، جیسے 85 یا 7000۔</translation>
    </message>
</context>
<context>
    <name>GoalsView</name>
<message>
        <location filename="../../ui/views/goals.py" line="+67" />
        <location line="+77" />
        <source>What matters to me and my goals</source>
        <translation>میرے لیے کیا اہم ہے اور میرے مقاصد</translation>
    </message>
    <message>
        <location line="-72" />
        <location line="+2" />
        <source>What matters to me</source>
        <translation>میرے لیے کیا اہم ہے</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Something that matters to you</source>
        <translation>کوئی چیز جو آپ کے لیے اہم ہے</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The things that matter most to you. They are part of your plan.</source>
        <translation>وہ چیزیں جو آپ کے لیے سب سے زیادہ اہم ہیں۔ یہ آپ کے منصوبے کا حصہ ہیں۔</translation>
    </message>
    <message>
        <location line="+7" />
        <location line="+2" />
        <source>My goals</source>
        <translation>میرے مقاصد</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Press Enter to change the chosen goal.</source>
        <translation>چنا ہوا مقصد بدلنے کے لیے Enter دبائیں۔</translation>
    </message>
    <message>
        <location line="+5" />
        <source>&amp;New goal…</source>
        <translation>نیا مقصد… (&amp;N)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Make a new goal</source>
        <translation>نیا مقصد بنائیں</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Change…</source>
        <translation>بدلیں… (&amp;C)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Change the chosen goal</source>
        <translation>چنا ہوا مقصد بدلیں</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Mark as d&amp;one</source>
        <translation>مکمل نشان لگائیں (&amp;O)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Mark the chosen goal as done</source>
        <translation>چنے ہوئے مقصد پر مکمل کا نشان لگائیں</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Put on ho&amp;ld</source>
        <translation>روک دیں (&amp;L)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Put the chosen goal on hold</source>
        <translation>چنا ہوا مقصد روک دیں</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Start again</source>
        <translation>دوبارہ شروع کریں (&amp;S)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Start working on the chosen goal again</source>
        <translation>چنے ہوئے مقصد پر دوبارہ کام شروع کریں</translation>
    </message>
    <message>
        <location line="+15" />
        <source>You have no goals yet. Choose New goal to make one.</source>
        <translation>آپ کا ابھی کوئی مقصد نہیں ہے۔ نیا بنانے کے لیے “نیا مقصد” چنیں۔</translation>
    </message>
    <message>
        <location line="+5" />
        <location line="+5" />
        <source>Progress</source>
        <translation>پیش رفت</translation>
    </message>
    <message>
        <location line="-2" />
        <source>Why it matters</source>
        <translation>یہ کیوں اہم ہے</translation>
    </message>
    <message>
        <location line="+102" />
        <source>This goal is not measured with a tracker.</source>
        <translation>یہ مقصد کسی ٹریکر سے نہیں ناپا جاتا۔</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Target: {target}. Nothing logged since the start yet.</source>
        <translation>ہدف: {target}۔ شروع سے اب تک کچھ درج نہیں ہوا۔</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Latest: {latest}. Target: {target}. You have reached it!</source>
        <translation>تازہ ترین: {latest}۔ ہدف: {target}۔ آپ نے اسے حاصل کر لیا!</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Latest: {latest}. Target: {target}. You are {percent}% of the way there.</source>
        <translation>تازہ ترین: {latest}۔ ہدف: {target}۔ آپ {percent}% راستہ طے کر چکے ہیں۔</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Target: {target}</source>
        <translation>ہدف: {target}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>By {day}</source>
        <translation>{day} تک</translation>
    </message>
    <message>
        <location line="+66" />
        <source>Changed what matters to me.</source>
        <translation>میرے لیے کیا اہم ہے، بدل دیا گیا۔</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Saved. Your plan has a new version.</source>
        <translation>محفوظ ہو گیا۔ آپ کے منصوبے کا نیا ورژن بن گیا ہے۔</translation>
    </message>
    <message>
        <location line="+27" />
        <source>Added the goal: {title}</source>
        <translation>مقصد شامل ہو گیا: {title}</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Goal saved.</source>
        <translation>مقصد محفوظ ہو گیا۔</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Well done! The goal is marked as done.</source>
        <translation>شاباش! مقصد پر مکمل کا نشان لگ گیا ہے۔</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The goal is on hold. You can start again any time.</source>
        <translation>مقصد روک دیا گیا ہے۔ آپ کسی بھی وقت دوبارہ شروع کر سکتے ہیں۔</translation>
    </message>
    <message>
        <location line="+1" />
        <source>You are working on this goal again.</source>
        <translation>آپ اس مقصد پر دوبارہ کام کر رہے ہیں۔</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Saved.</source>
        <translation>محفوظ ہو گیا۔</translation>
    </message>
</context>
<context>
    <name>GpReport</name>
<message>
        <location filename="../../ui/printing.py" line="+79" />
        <source>About me</source>
        <translation>میرے بارے میں</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Borough</source>
        <translation>بورو</translation>
    </message>
    <message>
        <location line="-1" />
        <source>Date of birth</source>
        <translation>تاریخ پیدائش</translation>
    </message>
    <message>
        <location line="-12" />
        <source>Health summary</source>
        <translation>صحت کا خلاصہ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Health summary for {name}</source>
        <translation>صحت کا خلاصہ: {name}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>I wrote this with the Health Planner app on {date}. It is my own record, not a medical record.</source>
        <translation>میں نے یہ {date} کو ہیلتھ پلانر ایپ سے لکھا۔ یہ میرا اپنا ریکارڈ ہے، طبی ریکارڈ نہیں۔</translation>
    </message>
    <message>
        <location line="+16" />
        <source>If things go wrong: my crisis plan</source>
        <translation>اگر حالات بگڑ جائیں: میرا بحران کا منصوبہ</translation>
    </message>
    <message>
        <location line="-3" />
        <source>My care and support plan</source>
        <translation>میری دیکھ بھال اور مدد کا منصوبہ</translation>
    </message>
    <message>
        <location line="-1" />
        <source>My goals</source>
        <translation>میرے مقاصد</translation>
    </message>
    <message>
        <location line="+6" />
        <source>My measurements</source>
        <translation>میری پیمائشیں</translation>
    </message>
    <message>
        <location line="-10" />
        <source>NHS number</source>
        <translation>این ایچ ایس نمبر</translation>
    </message>
    <message>
        <location line="-1" />
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Questionnaires: my latest scores</source>
        <translation>سوالنامے: میرے تازہ ترین اسکور</translation>
    </message>
    <message>
        <location line="-3" />
        <source>What I will do</source>
        <translation>میں کیا کروں گا/گی</translation>
    </message>
    <message>
        <location line="-3" />
        <source>What matters to me</source>
        <translation>میرے لیے کیا اہم ہے</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Who supports me</source>
        <translation>کون میری مدد کرتا ہے</translation>
    </message>
    <message>
        <source>Allergies and intolerances</source>
        <translation>الرجیاں اور عدم برداشت</translation>
    </message>
    <message>
        <source>Coming appointments</source>
        <translation>آنے والی ملاقاتیں</translation>
    </message>
    <message>
        <source>Medicines stopped or finished, {start} to {end}</source>
        <translation>بند یا ختم ہونے والی دوائیں، {start} سے {end} تک</translation>
    </message>
    <message>
        <source>My health conditions</source>
        <translation>میری بیماریاں</translation>
    </message>
    <message>
        <source>My medicines</source>
        <translation>میری دوائیں</translation>
    </message>
    <message>
        <source>Questions I want to ask</source>
        <translation>سوال جو میں پوچھنا چاہتا ہوں</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" />
        <source>Decisions I am making</source>
        <translation>وہ فیصلے جو میں کر رہا ہوں</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" />
        <source>Social prescribing summary</source>
        <translation>سماجی نسخے کا خلاصہ</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" />
        <source>Social prescribing summary for {name}</source>
        <translation>{name} کے لیے سماجی نسخے کا خلاصہ</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" />
        <source>I wrote this with the Health Planner app on {date} for my link worker. It is my own record.</source>
        <translation>میں نے یہ {date} کو Health Planner ایپ میں اپنے لنک ورکر کے لیے لکھا۔ یہ میرا اپنا ریکارڈ ہے۔</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" />
        <source>My referral</source>
        <translation>میرا ریفرل</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" />
        <source>The support I chose</source>
        <translation>وہ مدد جو میں نے چنی</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" />
        <source>Going, month by month</source>
        <translation>جانا، مہینہ بہ مہینہ</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" />
        <source>How I have been: ONS4 check-ins</source>
        <translation>میں کیسا رہا: ONS4 چیک اِن</translation>
    </message>
    <message>
        <source>Please give me information in large print.</source>
        <translation>براہ کرم مجھے بڑے حروف میں معلومات دیں۔</translation>
    </message>
    <message>
        <source>I need a British Sign Language interpreter.</source>
        <translation>مجھے برٹش سائن لینگویج (BSL) کے ترجمان کی ضرورت ہے۔</translation>
    </message>
    <message>
        <source>How to communicate with me</source>
        <translation>مجھ سے بات چیت کیسے کریں</translation>
    </message>
    <message>
        <source>Please give me information in easy read.</source>
        <translation>براہ کرم مجھے آسان تحریر میں معلومات دیں۔</translation>
    </message>
    <message>
        <source>I would like someone to come with me.</source>
        <translation>براہ کرم کسی کو میرے ساتھ آنے دیں۔</translation>
    </message>
</context>
<context>
    <name>ItemListEditor</name>
<message>
        <location filename="../../ui/views/plan.py" line="+88" />
        <source>Press Enter to change the chosen one.</source>
        <translation>چنی ہوئی چیز بدلنے کے لیے Enter دبائیں۔</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Add {noun}…</source>
        <translation>شامل کریں: {noun}…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Add {noun}</source>
        <translation>شامل کریں: {noun}</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Change…</source>
        <translation>بدلیں…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Change the chosen {noun}</source>
        <translation>چنی ہوئی چیز بدلیں: {noun}</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Remove</source>
        <translation>ہٹائیں</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Remove the chosen {noun}</source>
        <translation>چنی ہوئی چیز ہٹائیں: {noun}</translation>
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
        <translation>اندراج بدلیں</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Add a log entry</source>
        <translation>اندراج شامل کریں</translation>
    </message>
    <message>
        <location line="+5" />
        <source>What you are logging</source>
        <translation>آپ کیا درج کر رہے ہیں</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Value</source>
        <translation>قدر</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Value from 0 to 10</source>
        <translation>0 سے 10 تک قدر</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Yes</source>
        <translation>ہاں</translation>
    </message>
    <message>
        <location line="+1" />
        <source>No</source>
        <translation>نہیں</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Yes or no</source>
        <translation>ہاں یا نہیں</translation>
    </message>
    <message>
        <location line="+3" />
        <source>What you want to write</source>
        <translation>آپ کیا لکھنا چاہتے ہیں</translation>
    </message>
    <message>
        <location line="+9" />
        <source>When</source>
        <translation>کب</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Note (you can leave this empty)</source>
        <translation>نوٹ (آپ اسے خالی چھوڑ سکتے ہیں)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>&amp;What</source>
        <translation>کیا (&amp;W)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Value</source>
        <translation>قدر (&amp;V)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>W&amp;hen</source>
        <translation>کب (&amp;H)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Note</source>
        <translation>نوٹ (&amp;N)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Save this entry</source>
        <translation>یہ اندراج محفوظ کریں</translation>
    </message>
    <message>
        <location line="+46" />
        <source>In {unit}</source>
        <translation>{unit} میں</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Value in {unit}</source>
        <translation>قدر {unit} میں</translation>
    </message>
    <message>
        <location line="+42" />
        <source>Choose what you are logging.</source>
        <translation>چنیں کہ آپ کیا درج کر رہے ہیں۔</translation>
    </message>
    <message>
        <location line="+5" />
        <source>This time is in the future. Check the date.</source>
        <translation>یہ وقت مستقبل میں ہے۔ تاریخ چیک کریں۔</translation>
    </message>
</context>
<context>
    <name>LogTableModel</name>
<message>
        <location filename="../../ui/models/logs.py" line="+44" />
        <source>When</source>
        <translation>کب</translation>
    </message>
    <message>
        <location line="+1" />
        <source>What</source>
        <translation>کیا</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Value</source>
        <translation>قدر</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Note</source>
        <translation>نوٹ</translation>
    </message>
</context>
<context>
    <name>LogsView</name>
<message>
        <location filename="../../ui/views/logs.py" line="+64" />
        <location line="+95" />
        <source>Logs</source>
        <translation>اندراجات</translation>
    </message>
    <message>
        <location line="-83" />
        <source>&amp;Add an entry…</source>
        <translation>اندراج شامل کریں… (&amp;A)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Add a log entry</source>
        <translation>اندراج شامل کریں</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Change…</source>
        <translation>بدلیں… (&amp;C)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Change the chosen entry</source>
        <translation>چنا ہوا اندراج بدلیں</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Delete</source>
        <translation>مٹائیں (&amp;D)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Delete the chosen entry</source>
        <translation>چنا ہوا اندراج مٹائیں</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Track something &amp;new…</source>
        <translation>کچھ نیا ٹریک کریں… (&amp;N)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Start tracking something new</source>
        <translation>کچھ نیا ٹریک کرنا شروع کریں</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Show entries for</source>
        <translation>اندراجات دکھائیں برائے</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Show entries from</source>
        <translation>اس مدت کے اندراجات دکھائیں</translation>
    </message>
    <message>
        <location line="+2" />
        <source>All time</source>
        <translation>تمام وقت</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Last 7 days</source>
        <translation>پچھلے 7 دن</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Last 30 days</source>
        <translation>پچھلے 30 دن</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Last 12 months</source>
        <translation>پچھلے 12 مہینے</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Choose dates</source>
        <translation>تاریخیں چنیں</translation>
    </message>
    <message>
        <location line="+6" />
        <source>From date</source>
        <translation>اس تاریخ سے</translation>
    </message>
    <message>
        <location line="+4" />
        <source>To date</source>
        <translation>اس تاریخ تک</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Number of entries</source>
        <translation>اندراجات کی تعداد</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Log history</source>
        <translation>اندراجات کی تاریخ</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Newest first. Press Enter to change an entry, Delete to delete it.</source>
        <translation>سب سے نئے پہلے۔ اندراج بدلنے کے لیے Enter، مٹانے کے لیے Delete دبائیں۔</translation>
    </message>
    <message>
        <location line="+16" />
        <source>&amp;Show:</source>
        <translation>دکھائیں (&amp;S):</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;From:</source>
        <translation>سے (&amp;F):</translation>
    </message>
    <message>
        <location line="+4" />
        <source>to</source>
        <translation>تک</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Chart &amp;of:</source>
        <translation>چارٹ برائے (&amp;O):</translation>
    </message>
    <message>
        <location line="+30" />
        <source>Everything</source>
        <translation>سب کچھ</translation>
    </message>
    <message>
        <location line="+82" />
        <source>1 entry</source>
        <translation>1 اندراج</translation>
    </message>
    <message numerus="yes">
        <location line="+0" />
        <source>%n entries</source>
        <translation>
            <numerusform>%n اندراج</numerusform>
            <numerusform>%n اندراجات</numerusform>
        </translation>
    </message>
    <message>
        <location line="+63" />
        <source>There is nothing to log yet.</source>
        <translation>ابھی درج کرنے کو کچھ نہیں ہے۔</translation>
    </message>
    <message>
        <location line="+20" />
        <source>You can now log {label}.</source>
        <translation>اب آپ {label} درج کر سکتے ہیں۔</translation>
    </message>
    <message>
        <location line="+26" />
        <source>Entry added.</source>
        <translation>اندراج شامل ہو گیا۔</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Entry changed.</source>
        <translation>اندراج بدل گیا۔</translation>
    </message>
    <message numerus="yes">
        <location line="+23" />
        <source>Entry deleted. You can undo this for %n seconds.</source>
        <translation>
            <numerusform>اندراج مٹ گیا۔ آپ %n سیکنڈ تک اسے واپس لا سکتے ہیں۔</numerusform>
            <numerusform>اندراج مٹ گیا۔ آپ %n سیکنڈ تک اسے واپس لا سکتے ہیں۔</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Undo</source>
        <translation>واپس لائیں (&amp;U)</translation>
    </message>
    <message>
        <location line="+19" />
        <source>The entry is back.</source>
        <translation>اندراج واپس آ گیا۔</translation>
    </message>
    <message>
        <source>What to show on the chart</source>
        <translation>چارٹ پر کیا دکھایا جائے</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
<message>
        <location filename="../../ui/mainwindow.py" />
        <source>You can look at everything, but saving is turned off.</source>
        <translation>آپ سب کچھ دیکھ سکتے ہیں، لیکن محفوظ کرنا بند ہے۔</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="+216" />
        <location line="+290" />
        <source>Health Planner</source>
        <translation>ہیلتھ پلانر</translation>
    </message>
    <message>
        <location line="-289" />
        <source>&amp;Profile</source>
        <translation>پروفائل (&amp;P)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Lock</source>
        <translation>لاک کریں (&amp;L)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Switch profile</source>
        <translation>پروفائل بدلیں (&amp;S)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Quit</source>
        <translation>بند کریں (&amp;Q)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Go to</source>
        <translation>جائیں (&amp;G)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Help</source>
        <translation>مدد (&amp;H)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;About Health Planner</source>
        <translation>ہیلتھ پلانر کے بارے میں (&amp;A)</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Loc&amp;k</source>
        <translation>لاک کریں (&amp;K)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Lock Health Planner</source>
        <translation>ہیلتھ پلانر لاک کریں</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Lock now (Ctrl+L)</source>
        <translation>ابھی لاک کریں (Ctrl+L)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Screens</source>
        <translation>اسکرینیں</translation>
    </message>
    <message>
        <location line="-9" />
        <source>Working…</source>
        <translation>کام جاری ہے…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Working, please wait</source>
        <translation>کام جاری ہے، براہ کرم انتظار کریں</translation>
    </message>
    <message>
        <location line="+12" />
        <location line="+191" />
        <source>Profile: %1</source>
        <translation>پروفائل: %1</translation>
    </message>
    <message>
        <location line="-168" />
        <source>Settings</source>
        <translation>ترتیبات</translation>
    </message>
    <message>
        <location line="+173" />
        <source>Unlocked.</source>
        <translation>کھل گیا۔</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Locked. Type your passphrase to carry on.</source>
        <translation>لاک ہو گیا۔ جاری رکھنے کے لیے اپنا پاس ورڈ لکھیں۔</translation>
    </message>
    <message>
        <location line="+68" />
        <source>Problem</source>
        <translation>مسئلہ</translation>
    </message>
    <message>
        <location line="+13" />
        <source>About Health Planner</source>
        <translation>ہیلتھ پلانر کے بارے میں</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Health Planner, version %1</source>
        <translation>ہیلتھ پلانر، ورژن %1</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Plan and keep track of your own health and care. Your information stays on this computer, locked with your passphrase.

Fonts: Noto Sans and Noto Naskh Arabic, SIL Open Font License 1.1.</source>
        <translation>اپنی صحت اور دیکھ بھال کی منصوبہ بندی کریں اور اس پر نظر رکھیں۔ آپ کی معلومات اسی کمپیوٹر پر رہتی ہیں، آپ کے پاس ورڈ سے لاک۔

فونٹ: Noto Sans اور Noto Naskh Arabic، لائسنس SIL Open Font License 1.1۔</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" />
        <source>%1, opened by %2 (carer)</source>
        <translation>%1، جسے %2 (دیکھ بھال کرنے والا) نے کھولا</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
<message>
        <location filename="../../ui/views/registry.py" line="+22" />
        <source>Today</source>
        <translation>آج</translation>
    </message>
    <message>
        <location line="+1" />
        <source>What matters and goals</source>
        <translation>اہم باتیں اور مقاصد</translation>
    </message>
    <message>
        <location line="+1" />
        <source>My plan</source>
        <translation>میرا منصوبہ</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Logs</source>
        <translation>اندراجات</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Check-ins</source>
        <translation>چیک اِن</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Taking part</source>
        <translation>شرکت</translation>
    </message>
    <message>
        <location line="-3" />
        <source>Share and back up</source>
        <translation>شیئر اور بیک اپ</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>ملاقاتیں</translation>
    </message>
    <message>
        <source>Health summary</source>
        <translation>صحت کا خلاصہ</translation>
    </message>
    <message>
        <source>Medicines</source>
        <translation>دوائیں</translation>
    </message>
    <message>
        <source>Community support</source>
        <translation>کمیونٹی کی مدد</translation>
    </message>
    <message>
        <location filename="../../ui/views/screens.py" />
        <source>Deciding together</source>
        <translation>مل کر فیصلہ</translation>
    </message>
    <message>
        <location filename="../../ui/views/screens.py" />
        <source>My health budget</source>
        <translation>میرا صحت بجٹ</translation>
    </message>
    <message>
        <location filename="../../ui/views/screens.py" />
        <source>Where I am treated</source>
        <translation>میرا علاج کہاں ہو</translation>
    </message>
    <message>
        <location filename="../../ui/views/screens.py" />
        <source>People I care for</source>
        <translation>میری دیکھ بھال میں لوگ</translation>
    </message>
</context>
<context>
    <name>NewDecisionDialog</name>
<message>
        <location filename="../../ui/dialogs/decision.py" />
        <source>&amp;Options</source>
        <translation>&amp;اختیارات</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decision.py" />
        <source>&amp;Question</source>
        <translation>&amp;سوال</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decision.py" />
        <source>A NICE patient decision aid for this decision</source>
        <translation>اس فیصلے کے لیے NICE کی مریض کے فیصلے میں مدد</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decision.py" />
        <source>An option</source>
        <translation>ایک اختیار</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decision.py" />
        <source>Decision &amp;aid</source>
        <translation>فیصلے میں &amp;مدد</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decision.py" />
        <source>For example: Should I have a knee replacement?</source>
        <translation>مثال کے طور پر: کیا مجھے گھٹنا بدلوانا چاہیے؟</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decision.py" />
        <source>No decision aid</source>
        <translation>فیصلے میں کوئی مدد نہیں</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decision.py" />
        <source>Save this decision</source>
        <translation>یہ فیصلہ محفوظ کریں</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decision.py" />
        <source>The decision I am facing</source>
        <translation>وہ فیصلہ جو مجھے کرنا ہے</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decision.py" />
        <source>The options</source>
        <translation>اختیارات</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decision.py" />
        <source>The things that matter to me that this decision touches</source>
        <translation>میرے لیے اہم باتیں جن پر یہ فیصلہ اثر ڈالتا ہے</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decision.py" />
        <source>What &amp;matters to me</source>
        <translation>میرے لیے کیا &amp;اہم ہے</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decision.py" />
        <source>Write down a decision</source>
        <translation>فیصلہ لکھیں</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decision.py" />
        <source>“Not doing anything for now” is always an option.</source>
        <translation>„ابھی کے لیے کچھ نہ کرنا“ ہمیشہ ایک اختیار ہے۔</translation>
    </message>
</context>
<context>
    <name>OnBehalfBox</name>
<message>
        <location filename="../../ui/views/caring_behalf.py" />
        <source>The person's own consent</source>
        <translation>اس شخص کی اپنی رضامندی</translation>
    </message>
    <message>
        <location filename="../../ui/views/caring_behalf.py" />
        <source>The person's name for their profile</source>
        <translation>پروفائل کے لیے اس شخص کا نام</translation>
    </message>
    <message>
        <location filename="../../ui/views/caring_behalf.py" />
        <source>Agr&amp;eed by:</source>
        <translation>اتفاق کرنے والا (&amp;E):</translation>
    </message>
    <message>
        <location filename="../../ui/views/caring_behalf.py" />
        <source>Give this profile to its person, with their own passphrase</source>
        <translation>یہ پروفائل اس کے شخص کو اس کے اپنے پاس فریز کے ساتھ دیں</translation>
    </message>
    <message>
        <location filename="../../ui/views/caring_behalf.py" />
        <source>On what basis they agreed</source>
        <translation>انہوں نے کس بنیاد پر اتفاق کیا</translation>
    </message>
    <message>
        <location filename="../../ui/views/caring_behalf.py" />
        <source>Ag&amp;ain:</source>
        <translation>دوبارہ (&amp;A):</translation>
    </message>
<message>
        <location filename="../../ui/views/caring_behalf.py" />
        <source>Make a profile for someone</source>
        <translation>کسی کے لیے پروفائل بنائیں</translation>
    </message>
    <message>
        <location filename="../../ui/views/caring_behalf.py" />
        <source>{name}'s profile is now theirs, with their own passphrase. Their new recovery code (write it down for them):
{code}</source>
        <translation>{name} کا پروفائل اب ان کا ہے، ان کے اپنے پاس فریز کے ساتھ۔ ان کا نیا بحالی کوڈ (ان کے لیے لکھ لیں):
{code}</translation>
    </message>
    <message>
        <location filename="../../ui/views/caring_behalf.py" />
        <source>The recovery code of {name}'s profile. Give it to {name} or keep it with their papers: it opens the profile if you cannot.
{code}</source>
        <translation>{name} کے پروفائل کا بحالی کوڈ۔ اسے {name} کو دیں یا ان کے کاغذات کے ساتھ رکھیں: اگر آپ نہ کھول سکیں تو یہ پروفائل کھولتا ہے۔
{code}</translation>
    </message>
    <message>
        <location filename="../../ui/views/caring_behalf.py" />
        <source>Who agreed to this profile being made</source>
        <translation>اس پروفائل کے بنانے پر کس نے اتفاق کیا</translation>
    </message>
    <message>
        <location filename="../../ui/views/caring_behalf.py" />
        <source>The recovery code is written down</source>
        <translation>بحالی کوڈ لکھ لیا گیا ہے</translation>
    </message>
    <message>
        <location filename="../../ui/views/caring_behalf.py" />
        <source>Ba&amp;sis:</source>
        <translation>بنیاد (&amp;S):</translation>
    </message>
    <message>
        <location filename="../../ui/views/caring_behalf.py" />
        <source>&amp;Hand it over</source>
        <translation>حوالے کریں (&amp;H)</translation>
    </message>
    <message>
        <location filename="../../ui/views/caring_behalf.py" />
        <source>It is &amp;written down</source>
        <translation>لکھ لیا گیا ہے (&amp;W)</translation>
    </message>
    <message>
        <location filename="../../ui/views/caring_behalf.py" />
        <source>Type the person's name and who agreed to the profile.</source>
        <translation>اس شخص کا نام اور یہ لکھیں کہ پروفائل پر کس نے اتفاق کیا۔</translation>
    </message>
    <message>
        <location filename="../../ui/views/caring_behalf.py" />
        <source>&amp;Name:</source>
        <translation>نام (&amp;N):</translation>
    </message>
    <message>
        <location filename="../../ui/views/caring_behalf.py" />
        <source>The person's new passphrase again</source>
        <translation>اس شخص کا نیا پاس فریز دوبارہ</translation>
    </message>
    <message>
        <location filename="../../ui/views/caring_behalf.py" />
        <source>A lasting power of attorney for health and welfare</source>
        <translation>صحت اور فلاح کے لیے مستقل مختار نامہ</translation>
    </message>
    <message>
        <location filename="../../ui/views/caring_behalf.py" />
        <source>&amp;Make the profile</source>
        <translation>پروفائل بنائیں (&amp;M)</translation>
    </message>
    <message>
        <location filename="../../ui/views/caring_behalf.py" />
        <source>{name}'s profile was made on their behalf. With {name} here, they can take it over with a passphrase of their own; you keep your access until they take it back.</source>
        <translation>{name} کا پروفائل ان کی طرف سے بنایا گیا تھا۔ {name} کی موجودگی میں وہ اپنے پاس فریز کے ساتھ اسے سنبھال سکتے ہیں؛ جب تک وہ واپس نہ لیں آپ کی رسائی برقرار رہتی ہے۔</translation>
    </message>
    <message>
        <location filename="../../ui/views/caring_behalf.py" />
        <source>For someone who cannot use Health Planner themselves. Say who agreed and on what basis; the person can take the profile over later with a passphrase of their own.</source>
        <translation>کسی ایسے شخص کے لیے جو خود ہیلتھ پلانر استعمال نہیں کر سکتا۔ بتائیں کہ کس نے اتفاق کیا اور کس بنیاد پر؛ وہ شخص بعد میں اپنے پاس فریز کے ساتھ پروفائل سنبھال سکتا ہے۔</translation>
    </message>
    <message>
        <location filename="../../ui/views/caring_behalf.py" />
        <source>Make a profile on this person's behalf</source>
        <translation>اس شخص کی طرف سے پروفائل بنائیں</translation>
    </message>
    <message>
        <location filename="../../ui/views/caring_behalf.py" />
        <source>The two passphrases are not the same.</source>
        <translation>دونوں پاس فریز ایک جیسے نہیں ہیں۔</translation>
    </message>
    <message>
        <location filename="../../ui/views/caring_behalf.py" />
        <source>A recovery code, shown once</source>
        <translation>بحالی کوڈ، صرف ایک بار دکھایا گیا</translation>
    </message>
    <message>
        <location filename="../../ui/views/caring_behalf.py" />
        <source>Hand this profile over</source>
        <translation>یہ پروفائل حوالے کریں</translation>
    </message>
    <message>
        <location filename="../../ui/views/caring_behalf.py" />
        <source>New &amp;passphrase:</source>
        <translation>نیا پاس فریز (&amp;P):</translation>
    </message>
    <message>
        <location filename="../../ui/views/caring_behalf.py" />
        <source>The person's new passphrase</source>
        <translation>اس شخص کا نیا پاس فریز</translation>
    </message>
</context>
<context>
    <name>OutcomeDialog</name>
<message>
        <location filename="../../ui/dialogs/decision.py" />
        <source>&amp;Decided</source>
        <translation>&amp;طے ہوا</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decision.py" />
        <source>&amp;When</source>
        <translation>&amp;کب</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decision.py" />
        <source>How involved did you feel? From 0 (no effort was made) to 9 (every effort was made). These are the collaboRATE questions.</source>
        <translation>آپ نے خود کو کتنا شامل محسوس کیا؟ 0 (کوئی کوشش نہیں کی گئی) سے 9 (ہر ممکن کوشش کی گئی) تک۔ یہ collaboRATE کے سوال ہیں۔</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decision.py" />
        <source>How much effort was made to help you understand your health issues?</source>
        <translation>آپ کو اپنے صحت کے مسائل سمجھانے کے لیے کتنی کوشش کی گئی؟</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decision.py" />
        <source>How much effort was made to include what matters most to you in choosing what to do next?</source>
        <translation>آگے کیا کرنا ہے چنتے وقت آپ کے لیے سب سے اہم باتوں کو شامل کرنے کے لیے کتنی کوشش کی گئی؟</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decision.py" />
        <source>How much effort was made to listen to the things that matter most to you about your health issues?</source>
        <translation>آپ کے صحت کے مسائل کے بارے میں آپ کے لیے سب سے اہم باتیں سننے کے لیے کتنی کوشش کی گئی؟</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decision.py" />
        <source>Record the decision made</source>
        <translation>کیا گیا فیصلہ درج کریں</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decision.py" />
        <source>Save the decision made</source>
        <translation>کیا گیا فیصلہ محفوظ کریں</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decision.py" />
        <source>The day the decision was made</source>
        <translation>فیصلے کا دن</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decision.py" />
        <source>The option chosen</source>
        <translation>چنا گیا اختیار</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decision.py" />
        <source>Who the decision was made with</source>
        <translation>فیصلہ کس کے ساتھ کیا گیا</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decision.py" />
        <source>With wh&amp;om</source>
        <translation>کس کے &amp;ساتھ</translation>
    </message>
    <message>
        <source>These three questions have no validated translation in this app, so they are in English.</source>
        <translation>ان تین سوالوں کا اس ایپ میں کوئی تصدیق شدہ ترجمہ نہیں ہے، اس لیے یہ انگریزی میں ہیں۔</translation>
    </message>
</context>
<context>
    <name>PanelPage</name>
<message>
        <location filename="../../ui/views/participation_panel.py" line="+1" />
        <source>The borough where you live</source>
        <translation>وہ بورو جہاں آپ رہتے ہیں</translation>
    </message>
    <message>
        <location filename="../../ui/views/participation_panel.py" line="+1" />
        <source>Leave the panel and ask the server to delete your membership</source>
        <translation>پینل چھوڑ دیں اور سرور سے اپنی رکنیت مٹانے کو کہیں</translation>
    </message>
    <message>
        <location filename="../../ui/views/participation_panel.py" line="+1" />
        <source>Car&amp;er:</source>
        <translation>دیکھ بھال کرنے والا (&amp;E):</translation>
    </message>
    <message>
        <location filename="../../ui/views/participation_panel.py" line="+1" />
        <source>You are on the panel. The server has your answers.</source>
        <translation>آپ پینل میں ہیں۔ سرور کے پاس آپ کے جوابات ہیں۔</translation>
    </message>
    <message>
        <location filename="../../ui/views/participation_panel.py" line="+1" />
        <source>Yes, I look after someone</source>
        <translation>جی ہاں، میں کسی کی دیکھ بھال کرتا ہوں</translation>
    </message>
    <message>
        <location filename="../../ui/views/participation_panel.py" line="+1" />
        <source>No</source>
        <translation>نہیں</translation>
    </message>
    <message>
        <location filename="../../ui/views/participation_panel.py" line="+1" />
        <source>No invitations yet. Sync now checks for them.</source>
        <translation>ابھی کوئی دعوت نامہ نہیں۔ ابھی ہم آہنگ کریں ان کی جانچ کرتا ہے۔</translation>
    </message>
    <message>
        <location filename="../../ui/views/participation_panel.py" line="+1" />
        <source>You are invited to give your views. Answer in Surveys; your answers are sent with the surveys code, not the panel's.</source>
        <translation>آپ کو اپنی رائے دینے کی دعوت ہے۔ سروے میں جواب دیں؛ آپ کے جوابات سروے کے کوڈ کے ساتھ بھیجے جاتے ہیں، پینل کے کوڈ کے ساتھ نہیں۔</translation>
    </message>
    <message>
        <location filename="../../ui/views/participation_panel.py" line="+1" />
        <source>You are joining the panel. Your answers go with the next Sync now.</source>
        <translation>آپ پینل میں شامل ہو رہے ہیں۔ آپ کے جوابات اگلی بار ابھی ہم آہنگ کریں پر جائیں گے۔</translation>
    </message>
    <message>
        <location filename="../../ui/views/participation_panel.py" line="+1" />
        <source>Your age group</source>
        <translation>آپ کی عمر کا گروپ</translation>
    </message>
    <message>
        <location filename="../../ui/views/participation_panel.py" line="+1" />
        <source>&amp;Join the panel</source>
        <translation>پینل میں شامل ہوں (&amp;J)</translation>
    </message>
    <message>
        <location filename="../../ui/views/participation_panel.py" line="+1" />
        <source>&amp;Age group:</source>
        <translation>عمر کا گروپ (&amp;A):</translation>
    </message>
    <message>
        <location filename="../../ui/views/participation_panel.py" line="+1" />
        <source>Consultations you are invited to</source>
        <translation>مشاورتیں جن میں آپ کو مدعو کیا گیا ہے</translation>
    </message>
    <message>
        <location filename="../../ui/views/participation_panel.py" line="+1" />
        <source>Join the panel with these answers</source>
        <translation>ان جوابات کے ساتھ پینل میں شامل ہوں</translation>
    </message>
    <message>
        <location filename="../../ui/views/participation_panel.py" line="+1" />
        <source>&amp;Leave the panel</source>
        <translation>پینل چھوڑ دیں (&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/views/participation_panel.py" line="+1" />
        <source>You are not on the panel.</source>
        <translation>آپ پینل میں نہیں ہیں۔</translation>
    </message>
<message>
        <location filename="../../ui/views/participation_panel.py" line="+1" />
        <source>Join a standing panel of people from your borough, so that consultations hear from people like you. You give only a few answers in broad groups. The server picks who is invited at random; staff never learn who was picked.</source>
        <translation>اپنے بورو کے لوگوں کے ایک مستقل پینل میں شامل ہوں، تاکہ مشاورتوں میں آپ جیسے لوگوں کی آواز سنی جائے۔ آپ صرف چند جوابات وسیع گروپوں میں دیتے ہیں۔ سرور بے ترتیب طور پر چنتا ہے کہ کسے مدعو کیا جائے؛ عملے کو کبھی پتا نہیں چلتا کہ کسے چنا گیا۔</translation>
    </message>
    <message>
        <location filename="../../ui/views/participation_panel.py" line="+1" />
        <source>Sa&amp;ve my answers</source>
        <translation>میرے جوابات محفوظ کریں (&amp;V)</translation>
    </message>
    <message>
        <location filename="../../ui/views/participation_panel.py" line="+1" />
        <source>I would rather not say</source>
        <translation>میں نہ بتانا پسند کروں گا</translation>
    </message>
    <message>
        <location filename="../../ui/views/participation_panel.py" line="+1" />
        <source>You are on the panel list. Your answers go with the next Sync now.</source>
        <translation>آپ پینل کی فہرست میں ہیں۔ آپ کے جوابات اگلی بار ابھی ہم آہنگ کریں پر جائیں گے۔</translation>
    </message>
    <message>
        <location filename="../../ui/views/participation_panel.py" line="+1" />
        <source>B&amp;orough:</source>
        <translation>بورو (&amp;O):</translation>
    </message>
    <message>
        <location filename="../../ui/views/participation_panel.py" line="+1" />
        <source>Exactly what the panel sends:</source>
        <translation>بالکل وہی جو پینل بھیجتا ہے:</translation>
    </message>
    <message>
        <location filename="../../ui/views/participation_panel.py" line="+1" />
        <source>Exactly what the panel sends</source>
        <translation>بالکل وہی جو پینل بھیجتا ہے</translation>
    </message>
    <message>
        <location filename="../../ui/views/participation_panel.py" line="+1" />
        <source>Whether you look after someone (optional)</source>
        <translation>آیا آپ کسی کی دیکھ بھال کرتے ہیں (اختیاری)</translation>
    </message>
    <message>
        <location filename="../../ui/views/participation_panel.py" line="+1" />
        <source>A consultation ({id}): turn on "Answer local surveys and consultations" to see it.</source>
        <translation>ایک مشاورت ({id}): اسے دیکھنے کے لیے "مقامی سروے اور مشاورتوں کے جواب دیں" آن کریں۔</translation>
    </message>
</context>
<context>
    <name>Participation</name>
<message>
        <location filename="../../ui/views/participation.py" line="1" />
        <source>Tick all that apply.</source>
        <translation>جو بھی لاگو ہوں، سب پر نشان لگائیں۔</translation>
    </message>
    <message>
        <location filename="../../ui/views/participation.py" line="+72" />
        <source>Overall, how was your experience of our service?</source>
        <translation>مجموعی طور پر، ہماری سروس کے ساتھ آپ کا تجربہ کیسا رہا؟</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Very good</source>
        <translation>بہت اچھا</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Good</source>
        <translation>اچھا</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Neither good nor poor</source>
        <translation>نہ اچھا نہ برا</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Poor</source>
        <translation>برا</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Very poor</source>
        <translation>بہت برا</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Don't know</source>
        <translation>معلوم نہیں</translation>
    </message>
    <message>
        <location line="+48" />
        <source>Feedback on a service: {rating}</source>
        <translation>کسی سروس کے بارے میں رائے: {rating}</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Survey answer</source>
        <translation>سروے کا جواب</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Wellbeing scores (with random noise)</source>
        <translation>خوشحالی کے اسکور (بے ترتیب شور کے ساتھ)</translation>
    </message>
    <message>
        <location line="+15" />
        <source>What you are agreeing to</source>
        <translation>آپ کس بات پر راضی ہو رہے ہیں</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Version {version} of this text.</source>
        <translation>اس متن کا ورژن {version}۔</translation>
    </message>
    <message>
        <location line="+8" />
        <source>I agree</source>
        <translation>میں راضی ہوں</translation>
    </message>
    <message>
        <location line="+4" />
        <location line="+8" />
        <source>Not now</source>
        <translation>ابھی نہیں</translation>
    </message>
    <message>
        <location line="-4" />
        <source>I agree to: {title}</source>
        <translation>میں اس پر راضی ہوں: {title}</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Feedback on {name}</source>
        <translation>رائے برائے: {name}</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Anything you want to add? (You do not have to.) Please do not write your name or health details.</source>
        <translation>کیا آپ کچھ اور کہنا چاہتے ہیں؟ (یہ ضروری نہیں۔) براہ کرم اپنا نام یا اپنی صحت کی تفصیلات نہ لکھیں۔</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Your comment</source>
        <translation>آپ کا تبصرہ</translation>
    </message>
    <message>
        <location line="+8" />
        <location line="+3" />
        <source>Add to the send list</source>
        <translation>بھیجنے کی فہرست میں شامل کریں</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+3" />
        <location line="+79" />
        <location line="+3" />
        <source>Cancel</source>
        <translation>منسوخ کریں</translation>
    </message>
    <message>
        <location line="-70" />
        <source>Choose an answer first.</source>
        <translation>پہلے ایک جواب چنیں۔</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Please keep your comment under 2,000 characters.</source>
        <translation>براہ کرم اپنا تبصرہ 2,000 حروف سے کم رکھیں۔</translation>
    </message>
    <message>
        <location line="+37" />
        <source>Your own words for: {question}</source>
        <translation>اپنے الفاظ میں: {question}</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Your own words (you do not have to)</source>
        <translation>اپنے الفاظ میں (یہ ضروری نہیں)</translation>
    </message>
    <message>
        <location line="+13" />
        <location line="+4" />
        <source>Add my answers to the send list</source>
        <translation>میرے جواب بھیجنے کی فہرست میں شامل کریں</translation>
    </message>
    <message>
        <location line="+507" />
        <source>Set the server address first.</source>
        <translation>پہلے سرور کا پتہ درج کریں۔</translation>
    </message>
    <message>
        <source>What helped: {category} in {borough} (with random noise)</source>
        <translation>کیا مددگار رہا: {borough} میں {category} (بے ترتیب شور کے ساتھ)</translation>
    </message>
<message>
        <location filename="../../ui/views/participation.py" line="+0" />
        <source>Vote in a budget round</source>
        <translation>بجٹ راؤنڈ میں ووٹ</translation>
    </message>
    <message>
        <location filename="../../ui/views/participation.py" />
        <source>Answer before and after reading</source>
        <translation>پڑھنے سے پہلے اور بعد کا جواب</translation>
    </message>
</context>
<context>
    <name>ParticipationView</name>
<message>
        <location filename="../../ui/views/participation.py" line="1" />
        <source>This consultation has closed: these are its results.</source>
        <translation>یہ مشاورت بند ہو چکی ہے: یہ اس کے نتائج ہیں۔</translation>
    </message>
    <message>
        <location filename="../../ui/views/participation.py" line="1" />
        <source>You said, we did</source>
        <translation>آپ نے کہا، ہم نے کیا</translation>
    </message>
    <message>
        <location filename="../../ui/views/participation.py" line="1" />
        <source>{organisation}, {day}, about “{survey}”</source>
        <translation>{organisation}، {day}، “{survey}” کے بارے میں</translation>
    </message>
    <message>
        <location line="-475" />
        <source>Taking part</source>
        <translation>شرکت</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Share your views with local services and see what other people say. Nothing leaves this computer unless you agree, one kind at a time.</source>
        <translation>مقامی سروسز کو اپنی رائے دیں اور دیکھیں کہ دوسرے لوگ کیا کہتے ہیں۔ آپ کی اجازت کے بغیر کچھ بھی اس کمپیوٹر سے باہر نہیں جاتا، ہر قسم کے لیے الگ الگ۔</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Taking part sections</source>
        <translation>شرکت کے حصے</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Choices</source>
        <translation>انتخاب (&amp;C)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Local &amp;services</source>
        <translation>مقامی سروسز (&amp;S)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Su&amp;rveys</source>
        <translation>سروے (&amp;R)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;What people say</source>
        <translation>لوگ کیا کہتے ہیں (&amp;W)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Se&amp;nt and waiting</source>
        <translation>بھیجے گئے اور منتظر (&amp;N)</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Read and choose</source>
        <translation>پڑھیں اور چنیں</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Read and choose: {title}</source>
        <translation>پڑھیں اور چنیں: {title}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Stop sharing</source>
        <translation>شیئر کرنا بند کریں</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Stop: {title}</source>
        <translation>بند کریں: {title}</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Participation server</source>
        <translation>شرکت کا سرور</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Address:</source>
        <translation>پتہ:</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Last sync:</source>
        <translation>آخری ہم آہنگی:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>S&amp;ync now</source>
        <translation>ابھی ہم آہنگ کریں (&amp;Y)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Sync now</source>
        <translation>ابھی ہم آہنگ کریں</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Sync progress</source>
        <translation>ہم آہنگی کی پیش رفت</translation>
    </message>
    <message>
        <location line="+12" />
        <source>What are you looking for? e.g. walking, food</source>
        <translation>آپ کیا ڈھونڈ رہے ہیں؟ مثلاً سیر، کھانا</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Search local services</source>
        <translation>مقامی سروسز تلاش کریں</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Borough</source>
        <translation>بورو</translation>
    </message>
    <message>
        <location line="+1" />
        <source>All of London</source>
        <translation>پورا لندن</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Find:</source>
        <translation>تلاش (&amp;F):</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Services found</source>
        <translation>ملنے والی سروسز</translation>
    </message>
    <message>
        <location line="+3" />
        <source>About this service</source>
        <translation>اس سروس کے بارے میں</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Give &amp;feedback on this service</source>
        <translation>اس سروس کے بارے میں رائے دیں (&amp;F)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Give feedback on this service</source>
        <translation>اس سروس کے بارے میں رائے دیں</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Open surveys</source>
        <translation>کھلے سروے</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Answer this survey</source>
        <translation>اس سروے کا جواب دیں (&amp;A)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Answer the chosen survey</source>
        <translation>چنے ہوئے سروے کا جواب دیں</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Share how you feel (wellbeing)</source>
        <translation>بتائیں کہ آپ کیسا محسوس کرتے ہیں (خوشحالی)</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Your borough</source>
        <translation>آپ کا بورو</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Share my latest scores</source>
        <translation>میرے تازہ ترین اسکور شیئر کریں</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Share my latest wellbeing scores</source>
        <translation>میرے خوشحالی کے تازہ ترین اسکور شیئر کریں</translation>
    </message>
    <message>
        <location line="+14" />
        <source>What people say</source>
        <translation>لوگ کیا کہتے ہیں</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Waiting to be sent. Choose one to see exactly what will be sent.</source>
        <translation>بھیجے جانے کے منتظر۔ ایک چنیں تاکہ ٹھیک ٹھیک دیکھ سکیں کہ کیا بھیجا جائے گا۔</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Waiting to be sent</source>
        <translation>بھیجے جانے کے منتظر</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Exactly what will be sent</source>
        <translation>ٹھیک ٹھیک کیا بھیجا جائے گا</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Do not send this</source>
        <translation>یہ نہ بھیجیں (&amp;D)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Do not send the chosen item</source>
        <translation>چنی ہوئی چیز نہ بھیجیں</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Already sent</source>
        <translation>پہلے ہی بھیج دیا گیا</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Already sent: what, when and where</source>
        <translation>پہلے ہی بھیجا گیا: کیا، کب اور کہاں</translation>
    </message>
    <message>
        <location line="+15" />
        <source>On. You agreed on {day}.</source>
        <translation>آن۔ آپ نے {day} کو رضامندی دی۔</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Off. The text has changed; please read it again.</source>
        <translation>آف۔ متن بدل گیا ہے؛ براہ کرم اسے دوبارہ پڑھیں۔</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Off. You stopped this on {day}.</source>
        <translation>آف۔ آپ نے اسے {day} کو بند کیا۔</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Off. Nothing is shared.</source>
        <translation>آف۔ کچھ بھی شیئر نہیں ہو رہا۔</translation>
    </message>
    <message>
        <location line="+2" />
        <source>None yet. Add one in Settings.</source>
        <translation>ابھی کوئی نہیں۔ ترتیبات میں شامل کریں۔</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Never</source>
        <translation>کبھی نہیں</translation>
    </message>
    <message>
        <location line="+15" />
        <source>No list of services yet. Turn on "Download the list of local services" in Choices, then press Sync now.</source>
        <translation>ابھی سروسز کی کوئی فہرست نہیں۔ انتخاب میں “مقامی سروسز کی فہرست ڈاؤن لوڈ کریں” آن کریں، پھر “ابھی ہم آہنگ کریں” دبائیں۔</translation>
    </message>
    <message numerus="yes">
        <location line="+8" />
        <source>{count} services found.</source>
        <translation>
            <numerusform>{count} سروس ملی۔</numerusform>
            <numerusform>{count} سروسز ملیں۔</numerusform>
        </translation>
    </message>
    <message>
        <location line="+42" />
        <source>Turn on "Answer local surveys and consultations" in Choices to see them.</source>
        <translation>انہیں دیکھنے کے لیے انتخاب میں “مقامی سروے اور مشاورت کا جواب دیں” آن کریں۔</translation>
    </message>
    <message>
        <location line="+4" />
        <source>No open surveys right now. Press Sync now to check.</source>
        <translation>ابھی کوئی کھلا سروے نہیں۔ دیکھنے کے لیے “ابھی ہم آہنگ کریں” دبائیں۔</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Open surveys. Answer only what you want to.</source>
        <translation>کھلے سروے۔ صرف وہی جواب دیں جو آپ چاہیں۔</translation>
    </message>
    <message>
        <location line="+3" />
        <source>{title} (closes {day})</source>
        <translation>{title} ({day} کو بند ہوگا)</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Turn on "Share how you feel, privately" in Choices to use this.</source>
        <translation>اسے استعمال کرنے کے لیے انتخاب میں “نجی طور پر بتائیں کہ آپ کیسا محسوس کرتے ہیں” آن کریں۔</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Fill in the four wellbeing questions in Check-ins first.</source>
        <translation>پہلے چیک اِن میں خوشحالی کے چار سوالوں کے جواب دیں۔</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Your scores from {day} will be mixed with random noise before they leave. About {n} in 10 of the numbers sent will be your real answers; the rest are random. No one can tell which.</source>
        <translation>آپ کے {day} کے اسکور بھیجنے سے پہلے بے ترتیب شور کے ساتھ ملا دیے جائیں گے۔ بھیجے گئے ہر 10 میں سے تقریباً {n} عدد آپ کے اصل جواب ہوں گے؛ باقی بے ترتیب ہیں۔ کوئی نہیں بتا سکتا کون سے۔</translation>
    </message>
    <message>
        <location line="+23" />
        <source>No results yet. Results come with Sync now once you take part.</source>
        <translation>ابھی کوئی نتائج نہیں۔ شرکت کرنے کے بعد “ابھی ہم آہنگ کریں” سے نتائج آتے ہیں۔</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Numbers from fewer than 10 people are hidden, so no one can be picked out.</source>
        <translation>10 سے کم لوگوں کے اعداد چھپا دیے جاتے ہیں، تاکہ کسی کی پہچان نہ ہو سکے۔</translation>
    </message>
    <message numerus="yes">
        <location line="+11" />
        <source>{n} people</source>
        <translation>
            <numerusform>{n} شخص</numerusform>
            <numerusform>{n} لوگ</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9" />
        <source>Services: people who said good or very good</source>
        <translation>سروسز: وہ لوگ جنہوں نے اچھا یا بہت اچھا کہا</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Services rated good or very good</source>
        <translation>اچھی یا بہت اچھی درجہ بندی والی سروسز</translation>
    </message>
    <message>
        <location line="+17" />
        <source>How satisfied people are with life (0 to 10), by borough</source>
        <translation>لوگ زندگی سے کتنے مطمئن ہیں (0 سے 10)، بورو کے لحاظ سے</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Life satisfaction by borough</source>
        <translation>بورو کے لحاظ سے زندگی سے اطمینان</translation>
    </message>
    <message>
        <location line="+20" />
        <source>{what}, sent {when} to {where}</source>
        <translation>{what}، {when} کو {where} بھیجا گیا</translation>
    </message>
    <message>
        <location line="+35" />
        <source>Thank you. This is now on.</source>
        <translation>شکریہ۔ یہ اب آن ہے۔</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Stop sharing?</source>
        <translation>شیئر کرنا بند کریں؟</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Stop "{title}"? Nothing more will be sent, and the app will ask the server to delete what you sent for this.</source>
        <translation>“{title}” بند کریں؟ مزید کچھ نہیں بھیجا جائے گا، اور ایپ سرور سے کہے گی کہ اس کے لیے جو آپ نے بھیجا وہ مٹا دے۔</translation>
    </message>
    <message>
        <location line="+23" />
        <source>Stopped. The server could not be reached; what you sent will be deleted at the next sync.</source>
        <translation>بند کر دیا گیا۔ سرور تک رسائی نہیں ہو سکی؛ جو آپ نے بھیجا وہ اگلی ہم آہنگی پر مٹا دیا جائے گا۔</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Stopped. Nothing more will be sent.</source>
        <translation>بند کر دیا گیا۔ مزید کچھ نہیں بھیجا جائے گا۔</translation>
    </message>
    <message>
        <location line="+33" />
        <source>You have not turned anything on, so nothing was sent.</source>
        <translation>آپ نے کچھ آن نہیں کیا، اس لیے کچھ نہیں بھیجا گیا۔</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Choose a service first.</source>
        <translation>پہلے ایک سروس چنیں۔</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Added to the send list. You can check it in Sent and waiting.</source>
        <translation>بھیجنے کی فہرست میں شامل ہو گیا۔ آپ اسے “بھیجے گئے اور منتظر” میں دیکھ سکتے ہیں۔</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Choose a survey first.</source>
        <translation>پہلے ایک سروے چنیں۔</translation>
    </message>
    <message>
        <location line="+14" />
        <source>You did not answer anything, so nothing was added.</source>
        <translation>آپ نے کسی بات کا جواب نہیں دیا، اس لیے کچھ شامل نہیں ہوا۔</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Your scores, with noise added, are on the send list.</source>
        <translation>آپ کے اسکور، شور ملا کر، بھیجنے کی فہرست میں ہیں۔</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Choose an item first.</source>
        <translation>پہلے ایک چیز چنیں۔</translation>
    </message>
    <message>
        <location line="+5" />
        <source>That item will not be sent.</source>
        <translation>وہ چیز نہیں بھیجی جائے گی۔</translation>
    </message>
    <message>
        <source>What people who went to {category} in {borough} said</source>
        <translation>{borough} میں {category} میں جانے والے لوگوں نے کیا کہا</translation>
    </message>
    <message numerus="yes">
        <location line="+0" />
        <source>{people} people went at least {sessions} times between them. On average, since they started: life satisfaction {satisfied}, feeling worthwhile {worthwhile}, happiness {happy}, anxiety {anxious} (each on a 0 to 10 scale; for anxiety, down is better).</source>
        <translation>
            <numerusform>{people} لوگ مل کر کم از کم {sessions} بار گئے۔ شروع کرنے کے بعد سے اوسطاً: زندگی سے اطمینان {satisfied}، بامقصد ہونے کا احساس {worthwhile}، خوشی {happy}، بے چینی {anxious} (ہر ایک 0 سے 10 کے پیمانے پر؛ بے چینی میں کمی بہتر ہے)۔</numerusform>
            <numerusform>{people} لوگ مل کر کم از کم {sessions} بار گئے۔ شروع کرنے کے بعد سے اوسطاً: زندگی سے اطمینان {satisfied}، بامقصد ہونے کا احساس {worthwhile}، خوشی {happy}، بے چینی {anxious} (ہر ایک 0 سے 10 کے پیمانے پر؛ بے چینی میں کمی بہتر ہے)۔</numerusform>
        </translation>
    </message>
    <message>
        <source>From</source>
        <translation>ماخذ</translation>
    </message>
    <message>
        <source>It covers the participation server and these feeds: {feeds}.</source>
        <translation>یہ شرکت کے سرور اور ان فیڈز کا احاطہ کرتی ہے: {feeds}۔</translation>
    </message>
    <message numerus="yes">
        <source>Sync finished. Sent {n} items.</source>
        <translation>
            <numerusform>ہم آہنگی مکمل۔ {n} چیز بھیجی گئی۔</numerusform>
            <numerusform>ہم آہنگی مکمل۔ {n} چیزیں بھیجی گئیں۔</numerusform>
        </translation>
    </message>
    <message>
        <source>1 answer added to the send list.</source>
        <translation>1 جواب بھیجنے کی فہرست میں شامل ہو گیا۔</translation>
    </message>
    <message numerus="yes">
        <source>{n} answers added to the send list.</source>
        <translation>
            <numerusform>{n} جواب بھیجنے کی فہرست میں شامل ہو گیا۔</numerusform>
            <numerusform>{n} جوابات بھیجنے کی فہرست میں شامل ہو گئے۔</numerusform>
        </translation>
    </message>
    <message>
        <source>1 service found.</source>
        <translation>1 سروس ملی۔</translation>
    </message>
    <message>
        <source>1 person</source>
        <translation>1 شخص</translation>
    </message>
    <message>
        <source>&amp;Services</source>
        <translation>سروسز (&amp;S)</translation>
    </message>
    <message>
        <source>Vie&amp;ws</source>
        <translation>رائے (&amp;W)</translation>
    </message>
    <message>
        <source>Se&amp;nt</source>
        <translation>بھیجے (&amp;N)</translation>
    </message>
<message>
        <location filename="../../ui/views/participation.py" line="+0" />
        <source>&amp;Budgets</source>
        <translation>بجٹ (&amp;B)</translation>
    </message>
    <message>
        <source>Sync finished. Sent 1 item.</source>
        <translation>ہم آہنگی مکمل۔ 1 چیز بھیجی گئی۔</translation>
    </message>
    <message>
        <location filename="../../ui/views/participation.py" line="+1" />
        <source>Citi&amp;zens' panel</source>
        <translation>شہری پینل (&amp;Z)</translation>
    </message>
    <message>
        <location filename="../../ui/views/participation.py" line="+1" />
        <source>Pane&amp;l</source>
        <translation>پینل (&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/views/participation_deliberation.py" />
        <source>You did not answer any question both times, so nothing was added.</source>
        <translation>آپ نے کسی سوال کا دونوں بار جواب نہیں دیا، اس لیے کچھ شامل نہیں کیا گیا۔</translation>
    </message>
    <message>
        <location filename="../../ui/views/participation_deliberation.py" />
        <source>Each bar is the number after reading; beside it, before → after and the change.</source>
        <translation>ہر بار پڑھنے کے بعد کی تعداد ہے؛ اس کے ساتھ: پہلے ← بعد اور تبدیلی۔</translation>
    </message>
    <message>
        <location filename="../../ui/views/participation_deliberation.py" />
        <source>{before} → {after} ({change:+d})</source>
        <translation>{before} → {after} ({change:+d})</translation>
    </message>
    <message>
        <location filename="../../ui/views/participation_deliberation.py" />
        <source>Before and after the information: {title}</source>
        <translation>معلومات سے پہلے اور بعد: {title}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/participation_deliberation.py" />
        <source>%n people read the information and answered both times.</source>
        <translation>
            <numerusform>%n شخص نے معلومات پڑھ کر دونوں بار جواب دیا۔</numerusform>
            <numerusform>%n لوگوں نے معلومات پڑھ کر دونوں بار جواب دیا۔</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/views/participation_deliberation.py" />
        <source>Fewer than 10 people have read the information and answered both times, so nothing is shown yet.</source>
        <translation>10 سے کم لوگوں نے معلومات پڑھ کر دونوں بار جواب دیا ہے، اس لیے ابھی کچھ نہیں دکھایا جاتا۔</translation>
    </message>
    <message>
        <location filename="../../ui/views/participation_deliberation.py" />
        <source>After the information, with before and the change</source>
        <translation>معلومات کے بعد، پہلے کی تعداد اور تبدیلی کے ساتھ</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/participation_deliberation.py" />
        <source>Your answers before and after reading: %n question(s) added to the send list.</source>
        <translation>
            <numerusform>پڑھنے سے پہلے اور بعد کے آپ کے جوابات: %n سوال بھیجنے کی فہرست میں شامل کیا گیا۔</numerusform>
            <numerusform>پڑھنے سے پہلے اور بعد کے آپ کے جوابات: %n سوالات بھیجنے کی فہرست میں شامل کیے گئے۔</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/views/participation_account.py" line="1" />
        <source>Done</source>
        <translation>مکمل</translation>
    </message>
    <message>
        <location filename="../../ui/views/participation_account.py" line="1" />
        <source>Dropped</source>
        <translation>ترک کر دیا گیا</translation>
    </message>
    <message>
        <location filename="../../ui/views/participation_account.py" line="1" />
        <source>Follow this commitment: {title}</source>
        <translation>اس وعدے کو فالو کریں: {title}</translation>
    </message>
    <message>
        <location filename="../../ui/views/participation_account.py" line="1" />
        <source>To come: {title}</source>
        <translation>ابھی باقی: {title}</translation>
    </message>
    <message>
        <location filename="../../ui/views/participation_account.py" line="1" />
        <source>{status}, {percent}% complete. {organisation}.</source>
        <translation>{status}، {percent}% مکمل۔ {organisation}۔</translation>
    </message>
    <message>
        <location filename="../../ui/views/participation_account.py" line="1" />
        <source>Set the server address first.</source>
        <translation>پہلے سرور کا پتہ درج کریں۔</translation>
    </message>
    <message>
        <location filename="../../ui/views/participation_account.py" line="1" />
        <source>Planned</source>
        <translation>منصوبہ بند</translation>
    </message>
    <message>
        <location filename="../../ui/views/participation_account.py" line="1" />
        <source>&amp;Follow this commitment</source>
        <translation>اس وعدے کو &amp;فالو کریں</translation>
    </message>
    <message>
        <location filename="../../ui/views/participation_account.py" line="1" />
        <source>In progress</source>
        <translation>جاری ہے</translation>
    </message>
    <message>
        <location filename="../../ui/views/participation_account.py" line="1" />
        <source>What they promised, and how far it has got</source>
        <translation>انہوں نے کیا وعدہ کیا، اور کام کہاں تک پہنچا</translation>
    </message>
    <message>
        <location filename="../../ui/views/participation_account.py" line="1" />
        <source>(due {day})</source>
        <translation>(آخری تاریخ {day})</translation>
    </message>
    <message>
        <location filename="../../ui/views/participation_account.py" line="1" />
        <source>{day}: {status}, {percent}%. {text}</source>
        <translation>{day}: {status}، {percent}%۔ {text}</translation>
    </message>
    <message>
        <location filename="../../ui/views/participation_account.py" line="1" />
        <source>{title}: {percent}% complete</source>
        <translation>{title}: {percent}% مکمل</translation>
    </message>
    <message>
        <location filename="../../ui/views/participation_account.py" line="1" />
        <source>Reached: {title}</source>
        <translation>حاصل ہو گیا: {title}</translation>
    </message>
    <message>
        <source>Citizens' panel</source>
        <translation>شہری پینل</translation>
    </message>
</context>
<context>
    <name>PassphraseField</name>
<message>
        <location filename="../../ui/views/start.py" line="+105" />
        <source>Show</source>
        <translation>دکھائیں</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Show the passphrase</source>
        <translation>پاس ورڈ دکھائیں</translation>
    </message>
    <message>
        <location line="+26" />
        <source>Tip: 3 or 4 random words make a passphrase that is easy to remember and hard to guess.</source>
        <translation>مشورہ: 3 یا 4 بے ترتیب الفاظ ایسا پاس ورڈ بناتے ہیں جو یاد رکھنا آسان اور اندازہ لگانا مشکل ہو۔</translation>
    </message>
</context>
<context>
    <name>PlanSections</name>
<message>
        <location filename="../../ui/views/plan_compare.py" line="+21" />
        <source>Title</source>
        <translation>عنوان</translation>
    </message>
    <message>
        <location line="+1" />
        <source>What matters to me</source>
        <translation>میرے لیے کیا اہم ہے</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Goals</source>
        <translation>مقاصد</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Actions</source>
        <translation>کام</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Who supports me</source>
        <translation>کون میری مدد کرتا ہے</translation>
    </message>
    <message>
        <location line="+1" />
        <source>If things go wrong</source>
        <translation>اگر حالات خراب ہوں</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Review date</source>
        <translation>جائزے کی تاریخ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Care coordinator</source>
        <translation>نگہداشت کوآرڈینیٹر</translation>
    </message>
    <message>
        <location line="+15" />
        <source>(nothing yet)</source>
        <translation>(ابھی کچھ نہیں)</translation>
    </message>
    <message>
        <location line="+12" />
        <source>(a goal that was deleted)</source>
        <translation>(ایک مقصد جو مٹا دیا گیا)</translation>
    </message>
    <message>
        <location line="+17" />
        <source>by {who}</source>
        <translation>کرنے والا: {who}</translation>
    </message>
    <message>
        <location line="+3" />
        <source>done</source>
        <translation>ہو گیا</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Warning signs</source>
        <translation>خطرے کی علامات</translation>
    </message>
    <message>
        <location line="+1" />
        <source>What I will do</source>
        <translation>میں کیا کروں گا</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Who to contact</source>
        <translation>کس سے رابطہ کریں</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Crisis numbers</source>
        <translation>بحران کے نمبر</translation>
    </message>
    <message>
        <location line="+23" />
        <source>Version {n}, saved {day}</source>
        <translation>ورژن {n}، محفوظ کیا گیا {day}</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Agreed with {who}</source>
        <translation>{who} کے ساتھ طے ہوا</translation>
    </message>
    <message>
        <location line="+4" />
        <source>{agreed} on {day}</source>
        <translation>{agreed}، {day} کو</translation>
    </message>
    <message>
        <location line="+32" />
        <source>Section</source>
        <translation>حصہ</translation>
    </message>
    <message>
        <location line="+15" />
        <source>(changed)</source>
        <translation>(بدلا گیا)</translation>
    </message>
    <message>
        <location line="+10" />
        <source>These two versions are the same.</source>
        <translation>یہ دونوں ورژن ایک جیسے ہیں۔</translation>
    </message>
</context>
<context>
    <name>PlanView</name>
<message>
        <location filename="../../ui/views/plan.py" line="+48" />
        <location line="+19" />
        <source>My care and support plan</source>
        <translation>میرا نگہداشت اور مدد کا منصوبہ</translation>
    </message>
    <message>
        <location line="-10" />
        <source>Share my plan with my GP</source>
        <translation>میرا منصوبہ میرے جی پی کے ساتھ شیئر کریں</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Plan pages</source>
        <translation>منصوبے کے صفحات</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Edit my plan</source>
        <translation>میرا منصوبہ بدلیں (&amp;E)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Versions</source>
        <translation>ورژن (&amp;V)</translation>
    </message>
    <message>
        <location line="+22" />
        <source>About this plan</source>
        <translation>اس منصوبے کے بارے میں</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Plan title</source>
        <translation>منصوبے کا عنوان</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Title</source>
        <translation>عنوان (&amp;T)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Care coordinator</source>
        <translation>نگہداشت کوآرڈینیٹر</translation>
    </message>
    <message>
        <location line="+1" />
        <source>For example: Dr A Khan, Lea Surgery</source>
        <translation>مثال کے طور پر: ڈاکٹر اے خان، لی سرجری</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Care c&amp;oordinator</source>
        <translation>نگہداشت کوآرڈینیٹر (&amp;O)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Set a &amp;review date</source>
        <translation>جائزے کی تاریخ مقرر کریں (&amp;R)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Set a review date</source>
        <translation>جائزے کی تاریخ مقرر کریں</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Review date</source>
        <translation>جائزے کی تاریخ</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Review</source>
        <translation>جائزہ</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Something that matters to you</source>
        <translation>کوئی چیز جو آپ کے لیے اہم ہے</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Tick the goals that are part of this plan. You can make and change goals on the Goals page.</source>
        <translation>ان مقاصد پر نشان لگائیں جو اس منصوبے کا حصہ ہیں۔ آپ مقاصد کے صفحے پر مقاصد بنا اور بدل سکتے ہیں۔</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Goals in this plan</source>
        <translation>اس منصوبے کے مقاصد</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Press Space to tick or untick a goal.</source>
        <translation>مقصد پر نشان لگانے یا ہٹانے کے لیے اسپیس دبائیں۔</translation>
    </message>
    <message>
        <location line="+9" />
        <source>What you, or the people who support you, will do.</source>
        <translation>آپ، یا آپ کی مدد کرنے والے لوگ، کیا کریں گے۔</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Actions</source>
        <translation>کام</translation>
    </message>
    <message>
        <location line="+0" />
        <source>an action</source>
        <translation>ایک کام</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Who supports me</source>
        <translation>کون میری مدد کرتا ہے</translation>
    </message>
    <message>
        <location line="+0" />
        <source>a supporter</source>
        <translation>ایک مددگار</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Signs that things are going wrong</source>
        <translation>علامات کہ حالات خراب ہو رہے ہیں</translation>
    </message>
    <message>
        <location line="+1" />
        <source>What I will do</source>
        <translation>میں کیا کروں گا</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Who to contact</source>
        <translation>کس سے رابطہ کریں</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Numbers to call in a crisis</source>
        <translation>بحران میں فون کرنے کے نمبر</translation>
    </message>
    <message>
        <location line="+4" />
        <source>What I &amp;will do</source>
        <translation>میں کیا کروں گا (&amp;W)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Who to &amp;contact</source>
        <translation>کس سے رابطہ کریں (&amp;C)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Numbers to call in a crisis</source>
        <translation>بحران میں فون کرنے کے نمبر (&amp;N)</translation>
    </message>
    <message>
        <location line="+17" />
        <source>&amp;Save my plan…</source>
        <translation>میرا منصوبہ محفوظ کریں… (&amp;S)</translation>
    </message>
    <message>
        <location line="-20" />
        <source>S&amp;igns that things are going wrong</source>
        <translation>علامات کہ حالات خراب ہو رہے ہیں (&amp;I)</translation>
    </message>
    <message>
        <location line="-124" />
        <source>Share with &amp;my GP…</source>
        <translation>میرے جی پی کے ساتھ شیئر کریں… (&amp;M)</translation>
    </message>
    <message>
        <location line="+145" />
        <source>Save my plan as a new version</source>
        <translation>میرا منصوبہ نئے ورژن کے طور پر محفوظ کریں</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Undo my changes</source>
        <translation>میری تبدیلیاں واپس لیں (&amp;U)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Undo my changes since the last save</source>
        <translation>پچھلی بار محفوظ کرنے کے بعد کی تبدیلیاں واپس لیں</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Saved versions of my plan</source>
        <translation>میرے منصوبے کے محفوظ ورژن</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Compare this version</source>
        <translation>اس ورژن کا موازنہ کریں</translation>
    </message>
    <message>
        <location line="+2" />
        <source>With this version</source>
        <translation>اس ورژن کے ساتھ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Only show what &amp;changed</source>
        <translation>صرف تبدیلیاں دکھائیں (&amp;C)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Only show the sections that changed</source>
        <translation>صرف وہ حصے دکھائیں جو بدلے</translation>
    </message>
    <message>
        <location line="+2" />
        <source>What changed</source>
        <translation>کیا بدلا</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The two versions side by side</source>
        <translation>دونوں ورژن ساتھ ساتھ</translation>
    </message>
    <message>
        <location line="+10" />
        <source>C&amp;ompare version</source>
        <translation>ورژن کا موازنہ کریں (&amp;O)</translation>
    </message>
    <message>
        <location line="+7" />
        <source>&amp;with version</source>
        <translation>اس ورژن سے (&amp;W)</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Saved ve&amp;rsions</source>
        <translation>محفوظ ورژن (&amp;R)</translation>
    </message>
    <message>
        <location line="+30" />
        <source>You have changes that are not saved yet.</source>
        <translation>آپ کی کچھ تبدیلیاں ابھی محفوظ نہیں ہوئیں۔</translation>
    </message>
    <message>
        <location line="+25" />
        <source>Your plan was changed on another page. If you save, your plan will be what you see here.</source>
        <translation>آپ کا منصوبہ کسی دوسرے صفحے پر بدلا گیا۔ اگر آپ محفوظ کریں تو منصوبہ وہی ہوگا جو یہاں دکھ رہا ہے۔</translation>
    </message>
    <message>
        <location line="+66" />
        <source>Version {n}, saved {day}</source>
        <translation>ورژن {n}، محفوظ کیا گیا {day}</translation>
    </message>
    <message>
        <location line="+4" />
        <source>agreed with {who}</source>
        <translation>{who} کے ساتھ طے ہوا</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Version {n}</source>
        <translation>ورژن {n}</translation>
    </message>
    <message>
        <location line="+37" />
        <source>There are no saved versions yet.</source>
        <translation>ابھی کوئی محفوظ ورژن نہیں ہے۔</translation>
    </message>
    <message>
        <location line="+9" />
        <source>What changed: {sections}.</source>
        <translation>کیا بدلا: {sections}۔</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Nothing changed between these versions.</source>
        <translation>ان ورژنز کے درمیان کچھ نہیں بدلا۔</translation>
    </message>
    <message>
        <location line="+168" />
        <source>Please check the parts marked below.</source>
        <translation>براہ کرم نیچے نشان زدہ حصے دیکھیں۔</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Nothing has changed, so there is nothing to save.</source>
        <translation>کچھ نہیں بدلا، اس لیے محفوظ کرنے کو کچھ نہیں ہے۔</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Your plan is saved as version {n}.</source>
        <translation>آپ کا منصوبہ ورژن {n} کے طور پر محفوظ ہو گیا ہے۔</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Your changes were undone.</source>
        <translation>آپ کی تبدیلیاں واپس لے لی گئیں۔</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan.py" />
        <source>went {went}, missed {missed}</source>
        <translation>گیا/گئی {went}، نہیں گیا/گئی {missed}</translation>
    </message>
    <message>
        <source>action</source>
        <translation>کام</translation>
    </message>
    <message>
        <source>supporter</source>
        <translation>مددگار</translation>
    </message>
    <message>
        <source>The plan&apos;s sections</source>
        <translation>منصوبے کے حصے</translation>
    </message>
</context>
<context>
    <name>PrepareDialog</name>
<message>
        <location filename="../../ui/dialogs/decision.py" />
        <source>&amp;Appointment</source>
        <translation>&amp;ملاقات</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decision.py" />
        <source>Add the questions to the appointment</source>
        <translation>سوال ملاقات میں شامل کریں</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decision.py" />
        <source>Prepare an appointment</source>
        <translation>ملاقات کی تیاری</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decision.py" />
        <source>The Ask 3 Questions and the BRAN questions (Benefits, Risks, Alternatives, doing Nothing) will be added to the questions to ask at this appointment.</source>
        <translation>3 سوال پوچھیں اور BRAN کے سوال (فائدے، خطرات، متبادل، کچھ نہ کرنا) اس ملاقات میں پوچھنے والے سوالوں میں شامل کر دیے جائیں گے۔</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decision.py" />
        <source>The coming appointment to prepare for</source>
        <translation>آنے والی ملاقات جس کی تیاری کرنی ہے</translation>
    </message>
</context>
<context>
    <name>Printing</name>
<message>
        <location filename="../../ui/printing.py" line="+181" />
        <source>Printed %1</source>
        <translation>پرنٹ کی تاریخ: %1</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Page %1 of %2</source>
        <translation>صفحہ %1 از %2</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
<message>
        <source>OK</source>
        <translation>ٹھیک ہے</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>محفوظ کریں</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>سب محفوظ کریں</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>کھولیں</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>ہاں (&amp;Y)</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>سب کے لیے ہاں (&amp;A)</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>نہیں (&amp;N)</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>سب کے لیے نہیں (&amp;O)</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>روکیں</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>دوبارہ کوشش کریں</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>نظرانداز کریں</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>بند کریں</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>منسوخ کریں</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>رد کریں</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>مدد</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>لاگو کریں</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>دوبارہ ترتیب دیں</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>پہلے والی ترتیبات بحال کریں</translation>
    </message>
</context>
<context>
    <name>QuestionnaireForm</name>
<message>
        <location filename="../../ui/views/checkins.py" line="-368" />
        <source>{n}. {text}</source>
        <translation>{n}۔ {text}</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Question {n}: {text}</source>
        <translation>سوال {n}: {text}</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Your result</source>
        <translation>آپ کا نتیجہ</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Your score</source>
        <translation>آپ کا اسکور</translation>
    </message>
    <message>
        <location line="+2" />
        <source>What your score means</source>
        <translation>آپ کے اسکور کا مطلب</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Check-in status</source>
        <translation>چیک اِن کی حالت</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Save this check-in</source>
        <translation>یہ چیک اِن محفوظ کریں (&amp;S)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Save this check-in: {name}</source>
        <translation>یہ چیک اِن محفوظ کریں: {name}</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Start a &amp;new check-in</source>
        <translation>نیا چیک اِن شروع کریں (&amp;N)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Clear the answers and start again</source>
        <translation>جوابات مٹا کر دوبارہ شروع کریں</translation>
    </message>
    <message>
        <location line="+62" />
        <source>Score: {total} out of {most}. {band}.</source>
        <translation>اسکور: {most} میں سے {total}۔ {band}۔</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Answer every question to see your score. 1 question to go.</source>
        <translation>اپنا اسکور دیکھنے کے لیے ہر سوال کا جواب دیں۔ 1 سوال باقی ہے۔</translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>Answer every question to see your score. %n questions to go.</source>
        <translation>
            <numerusform>اپنا اسکور دیکھنے کے لیے ہر سوال کا جواب دیں۔ %n سوال باقی ہے۔</numerusform>
            <numerusform>اپنا اسکور دیکھنے کے لیے ہر سوال کا جواب دیں۔ %n سوال باقی ہیں۔</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6" />
        <source>Answer the questions to see what they mean.</source>
        <translation>سوالوں کے جواب دیں تاکہ ان کا مطلب دیکھ سکیں۔</translation>
    </message>
    <message>
        <location line="+3" />
        <source>{done} of {all} answered.</source>
        <translation>{all} میں سے {done} کے جواب دیے گئے۔</translation>
    </message>
    <message>
        <location line="+5" />
        <source>There is no total score. Each answer has its own meaning, shown under it.</source>
        <translation>کوئی کل اسکور نہیں ہے۔ ہر جواب کا اپنا مطلب ہے، جو اس کے نیچے دکھایا گیا ہے۔</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Please answer question {numbers}.</source>
        <translation>براہ کرم سوال {numbers} کا جواب دیں۔</translation>
    </message>
    <message>
        <location line="+22" />
        <source>Saved on {when}. Thank you.</source>
        <translation>{when} کو محفوظ ہوا۔ شکریہ۔</translation>
    </message>
</context>
<context>
    <name>QuickLogRow</name>
<message>
        <location filename="../../ui/views/today.py" line="+114" />
        <source>0 to 10</source>
        <translation>0 سے 10</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Type a number from 0 to 10 and press Enter.</source>
        <translation>0 سے 10 تک کوئی عدد لکھیں اور Enter دبائیں۔</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Number in {unit}</source>
        <translation>عدد {unit} میں</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Type a number and press Enter.</source>
        <translation>عدد لکھیں اور Enter دبائیں۔</translation>
    </message>
    <message>
        <location line="+3" />
        <source>A few words</source>
        <translation>چند الفاظ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Write a few words and press Enter.</source>
        <translation>چند الفاظ لکھیں اور Enter دبائیں۔</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Log {label}</source>
        <translation>درج کریں: {label}</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Save</source>
        <translation>محفوظ کریں</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Save {label}</source>
        <translation>محفوظ کریں: {label}</translation>
    </message>
    <message>
        <location line="+31" />
        <source>Last: {value}</source>
        <translation>پچھلا: {value}</translation>
    </message>
</context>
<context>
    <name>ReceiptDialog</name>
<message>
        <location filename="../../ui/dialogs/budget.py" />
        <source>&amp;Save a copy…</source>
        <translation>&amp;نقل محفوظ کریں…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/budget.py" />
        <source>Close the receipt</source>
        <translation>رسید بند کریں</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/budget.py" />
        <source>Receipt</source>
        <translation>رسید</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/budget.py" />
        <source>Save a copy of the receipt</source>
        <translation>رسید کی نقل محفوظ کریں</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/budget.py" />
        <source>Save a copy of the receipt to a file</source>
        <translation>رسید کی نقل فائل میں محفوظ کریں</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/budget.py" />
        <source>The photo of the receipt</source>
        <translation>رسید کی تصویر</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/budget.py" />
        <source>This receipt is a PDF. Save a copy to open it in a PDF reader.</source>
        <translation>یہ رسید PDF ہے۔ اسے PDF ریڈر میں کھولنے کے لیے نقل محفوظ کریں۔</translation>
    </message>
</context>
<context>
    <name>RecoveryCodeDialog</name>
<message>
        <location filename="../../ui/views/sharing.py" line="+463" />
        <source>I have &amp;written it down</source>
        <translation>میں نے لکھ لیا ہے (&amp;W)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>I have written the recovery code down</source>
        <translation>میں نے ریکوری کوڈ لکھ لیا ہے</translation>
    </message>
    <message>
        <location line="-22" />
        <source>If the passphrase of the restored profile is ever forgotten, this code is the only way back in. Write it down and keep it somewhere safe, away from this computer. It is shown only once.</source>
        <translation>اگر بحال کیے گئے پروفائل کا پاس ورڈ کبھی بھول جائے تو یہ کوڈ واپس جانے کا واحد راستہ ہے۔ اسے لکھ لیں اور اس کمپیوٹر سے دور کسی محفوظ جگہ رکھیں۔ یہ صرف ایک بار دکھایا جاتا ہے۔</translation>
    </message>
    <message>
        <location line="-7" />
        <source>Recovery code for {name}</source>
        <translation>ریکوری کوڈ: {name}</translation>
    </message>
    <message>
        <location line="+23" />
        <source>Recovery code: {code}</source>
        <translation>ریکوری کوڈ: {code}</translation>
    </message>
    <message>
        <location line="-21" />
        <source>Write down the recovery code for {name}</source>
        <translation>ریکوری کوڈ لکھ لیں: {name}</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
<message>
        <location filename="../../ui/reminders.py" line="+45" />
        <location line="+36" />
        <source>Health Planner</source>
        <translation>ہیلتھ پلانر</translation>
    </message>
    <message>
        <location line="-35" />
        <source>Health Planner has a reminder</source>
        <translation>ہیلتھ پلانر کے پاس ایک یاد دہانی ہے</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Reminder</source>
        <translation>یاد دہانی</translation>
    </message>
    <message>
        <source>At {time}: {what}</source>
        <translation>{time} پر: {what}</translation>
    </message>
    <message>
        <source>Time to take {what}</source>
        <translation>{what} لینے کا وقت</translation>
    </message>
    <message>
        <location filename="../../ui/reminders.py" />
        <source>Running low on {name}: time to order more.</source>
        <translation>{name} ختم ہونے والی ہے: مزید منگوانے کا وقت ہے۔</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
<message>
        <location filename="../../ui/views/sharing.py" line="-132" />
        <source>&amp;Instead of this profile ({name})</source>
        <translation>اس پروفائل کی جگہ ({name}) (&amp;I)</translation>
    </message>
    <message>
        <location line="+57" />
        <source>&amp;Restore</source>
        <translation>بحال کریں (&amp;R)</translation>
    </message>
    <message>
        <location line="-15" />
        <source>&amp;To confirm, type “{name}”:</source>
        <translation>تصدیق کے لیے “{name}” لکھیں (&amp;T):</translation>
    </message>
    <message>
        <location line="-45" />
        <source>As a &amp;new profile, next to this one</source>
        <translation>ایک نئے پروفائل کے طور پر، اس کے ساتھ (&amp;N)</translation>
    </message>
    <message>
        <location line="+64" />
        <location line="+2" />
        <source>Cancel</source>
        <translation>منسوخ کریں</translation>
    </message>
    <message>
        <location line="-30" />
        <source>Everything in {name} will be replaced by what is in the backup. First, the profile as it is now is copied aside, still locked with its own passphrase, so it can be brought back if you need it.</source>
        <translation>پروفائل {name} میں موجود ہر چیز بیک اپ کے مواد سے بدل دی جائے گی۔ پہلے موجودہ پروفائل کی ایک کاپی الگ رکھ دی جاتی ہے، جو اپنے ہی پاس ورڈ سے لاک رہتی ہے، تاکہ ضرورت ہو تو اسے واپس لایا جا سکے۔</translation>
    </message>
    <message>
        <location line="-14" />
        <source>Its pa&amp;ssphrase:</source>
        <translation>اس کا پاس ورڈ (&amp;S):</translation>
    </message>
    <message>
        <location line="-6" />
        <source>Leave empty for the name saved in the backup</source>
        <translation>بیک اپ میں محفوظ نام کے لیے خالی چھوڑ دیں</translation>
    </message>
    <message>
        <location line="-2" />
        <source>Name for the restored profile</source>
        <translation>بحال کیے گئے پروفائل کا نام</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Passphrase for the restored profile</source>
        <translation>بحال کیے گئے پروفائل کا پاس ورڈ</translation>
    </message>
    <message>
        <location line="-3" />
        <source>Profile na&amp;me:</source>
        <translation>پروفائل کا نام (&amp;M):</translation>
    </message>
    <message>
        <location line="-16" />
        <source>Restore as a new profile</source>
        <translation>نئے پروفائل کے طور پر بحال کریں</translation>
    </message>
    <message>
        <location line="-10" />
        <source>Restore from a backup</source>
        <translation>بیک اپ سے بحال کریں</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Restore instead of this profile</source>
        <translation>اس پروفائل کی جگہ بحال کریں</translation>
    </message>
    <message>
        <location line="+57" />
        <source>Restore the backup</source>
        <translation>بیک اپ بحال کریں</translation>
    </message>
    <message>
        <location line="-69" />
        <source>Restore {file}</source>
        <translation>بحال کریں: {file}</translation>
    </message>
    <message>
        <location line="+61" />
        <source>Restoring, please wait</source>
        <translation>بحال ہو رہا ہے، براہ کرم انتظار کریں</translation>
    </message>
    <message>
        <location line="-29" />
        <source>T&amp;ype it again:</source>
        <translation>دوبارہ لکھیں (&amp;Y):</translation>
    </message>
    <message>
        <location line="-29" />
        <source>The &amp;backup's passphrase:</source>
        <translation>بیک اپ کا پاس ورڈ (&amp;B):</translation>
    </message>
    <message>
        <location line="-1" />
        <source>The backup's passphrase</source>
        <translation>بیک اپ کا پاس ورڈ</translation>
    </message>
    <message>
        <location line="+123" />
        <source>The new passphrase is too short. Use at least 4 characters.</source>
        <translation>نیا پاس ورڈ بہت چھوٹا ہے۔ کم از کم 4 حروف استعمال کریں۔</translation>
    </message>
    <message>
        <location line="-3" />
        <source>The two new passphrases are different. Type them again.</source>
        <translation>دونوں نئے پاس ورڈ مختلف ہیں۔ انہیں دوبارہ لکھیں۔</translation>
    </message>
    <message>
        <location line="-91" />
        <source>Type the new passphrase again</source>
        <translation>نیا پاس ورڈ دوبارہ لکھیں</translation>
    </message>
    <message>
        <location line="+83" />
        <source>Type the passphrase the backup was saved with.</source>
        <translation>وہ پاس ورڈ لکھیں جس سے بیک اپ محفوظ کیا گیا تھا۔</translation>
    </message>
    <message>
        <location line="-64" />
        <source>Type the profile's name to confirm</source>
        <translation>تصدیق کے لیے پروفائل کا نام لکھیں</translation>
    </message>
    <message>
        <location line="+67" />
        <source>Type the profile's name, {name}, exactly, to confirm.</source>
        <translation>تصدیق کے لیے پروفائل کا نام، {name}، بالکل ویسا ہی لکھیں۔</translation>
    </message>
</context>
<context>
    <name>SaveVersionDialog</name>
<message>
        <location filename="../../ui/dialogs/plan_items.py" line="+150" />
        <source>Save a new version of my plan</source>
        <translation>میرے منصوبے کا نیا ورژن محفوظ کریں</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Your plan keeps every version. If you agreed this version with someone, such as your GP or care coordinator, you can say who.</source>
        <translation>آپ کا منصوبہ ہر ورژن رکھتا ہے۔ اگر آپ نے یہ ورژن کسی کے ساتھ طے کیا، جیسے اپنے جی پی یا نگہداشت کوآرڈینیٹر کے ساتھ، تو آپ بتا سکتے ہیں کہ کس کے ساتھ۔</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Agreed with (you can leave this empty)</source>
        <translation>کس کے ساتھ طے ہوا (آپ اسے خالی چھوڑ سکتے ہیں)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>For example: Nurse Grace Owusu</source>
        <translation>مثال کے طور پر: نرس گریس اووسو</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Date it was agreed</source>
        <translation>طے ہونے کی تاریخ</translation>
    </message>
    <message>
        <location line="+7" />
        <source>What changed (you can leave this empty)</source>
        <translation>کیا بدلا (آپ اسے خالی چھوڑ سکتے ہیں)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>For example: Added the lunch club</source>
        <translation>مثال کے طور پر: لنچ کلب شامل کیا</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Agreed with</source>
        <translation>کس کے ساتھ طے ہوا (&amp;A)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Agreed &amp;on</source>
        <translation>طے ہونے کی تاریخ (&amp;O)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;What changed</source>
        <translation>کیا بدلا (&amp;W)</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Save my plan as a new version</source>
        <translation>میرا منصوبہ نئے ورژن کے طور پر محفوظ کریں</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Go back without saving</source>
        <translation>محفوظ کیے بغیر واپس جائیں</translation>
    </message>
    <message>
        <location line="+13" />
        <source>This date is in the future. Check it.</source>
        <translation>یہ تاریخ مستقبل میں ہے۔ اسے چیک کریں۔</translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
<message>
        <location filename="../../ui/views/settings.py" line="+55" />
        <source>Settings</source>
        <translation>ترتیبات</translation>
    </message>
    <message>
        <location line="+33" />
        <source>Locking and privacy</source>
        <translation>لاک اور رازداری</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Lock after this many minutes without use</source>
        <translation>استعمال نہ ہونے پر اتنے منٹ بعد لاک کریں</translation>
    </message>
    <message>
        <location line="+12" />
        <source>&amp;Shared computer mode</source>
        <translation>مشترکہ کمپیوٹر موڈ (&amp;S)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Shared computer mode</source>
        <translation>مشترکہ کمپیوٹر موڈ</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Remember me on this device</source>
        <translation>اس ڈیوائس پر مجھے یاد رکھیں</translation>
    </message>
    <message>
        <location line="+5" />
        <source>You will not need your passphrase to open Health Planner on this computer. Only use this on a computer that is yours alone.</source>
        <translation>اس کمپیوٹر پر ہیلتھ پلانر کھولنے کے لیے آپ کو پاس ورڈ کی ضرورت نہیں ہوگی۔ یہ صرف اس کمپیوٹر پر استعمال کریں جو صرف آپ کا ہو۔</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Change your passphrase</source>
        <translation>اپنا پاس ورڈ بدلیں</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Current passphrase</source>
        <translation>موجودہ پاس ورڈ</translation>
    </message>
    <message>
        <location line="+3" />
        <source>New passphrase</source>
        <translation>نیا پاس ورڈ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;New passphrase</source>
        <translation>نیا پاس ورڈ (&amp;N)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Type the new passphrase again</source>
        <translation>نیا پاس ورڈ دوبارہ لکھیں</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Type the new passphrase again</source>
        <translation>نیا پاس ورڈ دوبارہ لکھیں (&amp;T)</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Change passphrase</source>
        <translation>پاس ورڈ بدلیں</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Your recovery code still works after you change your passphrase.</source>
        <translation>پاس ورڈ بدلنے کے بعد بھی آپ کا بحالی کوڈ کام کرتا ہے۔</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Language and display</source>
        <translation>زبان اور ڈسپلے</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Language</source>
        <translation>زبان</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Colours</source>
        <translation>رنگ</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Light</source>
        <translation>ہلکے</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Dark</source>
        <translation>گہرے</translation>
    </message>
    <message>
        <location line="+1" />
        <source>High contrast</source>
        <translation>زیادہ کنٹراسٹ</translation>
    </message>
    <message>
        <location line="+3" />
        <source>C&amp;olours:</source>
        <translation>رنگ (&amp;O):</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Text size</source>
        <translation>متن کا سائز</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Te&amp;xt size:</source>
        <translation>متن کا سائز (&amp;X):</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Reminders</source>
        <translation>یاد دہانیاں</translation>
    </message>
    <message>
        <location line="+25" />
        <source>Save the a&amp;ddress</source>
        <translation>پتہ محفوظ کریں (&amp;D)</translation>
    </message>
    <message>
        <location line="-152" />
        <source>Lock &amp;after this many minutes without use:</source>
        <translation>استعمال نہ ہونے پر اتنے منٹ بعد لاک کریں (&amp;A):</translation>
    </message>
    <message>
        <location line="+26" />
        <source>Remember &amp;me on this device</source>
        <translation>اس ڈیوائس پر مجھے یاد رکھیں (&amp;M)</translation>
    </message>
    <message>
        <location line="+22" />
        <source>C&amp;urrent passphrase</source>
        <translation>موجودہ پاس ورڈ (&amp;U)</translation>
    </message>
    <message>
        <location line="+16" />
        <source>&amp;Change passphrase</source>
        <translation>پاس ورڈ بدلیں (&amp;C)</translation>
    </message>
    <message>
        <location line="+24" />
        <source>&amp;Language:</source>
        <translation>زبان (&amp;L):</translation>
    </message>
    <message>
        <location line="+41" />
        <source>Show my r&amp;eminders while Health Planner is open</source>
        <translation>جب ہیلتھ پلانر کھلا ہو تو میری یاد دہانیاں دکھائیں (&amp;E)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Show my reminders while Health Planner is open</source>
        <translation>جب ہیلتھ پلانر کھلا ہو تو میری یاد دہانیاں دکھائیں</translation>
    </message>
    <message>
        <location line="+7" />
        <source>When Health Planner is locked, a reminder only says “Health Planner has a reminder”, so nobody else can read it.</source>
        <translation>جب ہیلتھ پلانر لاک ہو تو یاد دہانی صرف “ہیلتھ پلانر کے پاس ایک یاد دہانی ہے” کہتی ہے، تاکہ کوئی اور اسے نہ پڑھ سکے۔</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Taking part</source>
        <translation>شرکت</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Participation server address</source>
        <translation>شرکت کے سرور کا پتہ</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Save the participation server address</source>
        <translation>شرکت کے سرور کا پتہ محفوظ کریں</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Ser&amp;ver:</source>
        <translation>سرور (&amp;V):</translation>
    </message>
    <message>
        <location line="+5" />
        <source>None is set until you add one. Nothing is sent unless you agree in Taking part.</source>
        <translation>جب تک آپ شامل نہ کریں، کوئی سرور نہیں ہے۔ جب تک آپ "شرکت" میں متفق نہ ہوں، کچھ نہیں بھیجا جاتا۔</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Address saved.</source>
        <translation>پتہ محفوظ ہو گیا۔</translation>
    </message>
    <message>
        <location line="+93" />
        <source>%1 %</source>
        <translation>%1 فیصد</translation>
    </message>
    <message>
        <location line="+24" />
        <source>This computer will remember you.</source>
        <translation>یہ کمپیوٹر آپ کو یاد رکھے گا۔</translation>
    </message>
    <message>
        <location line="+17" />
        <source>This computer no longer remembers you.</source>
        <translation>یہ کمپیوٹر اب آپ کو یاد نہیں رکھتا۔</translation>
    </message>
    <message>
        <location line="+24" />
        <source>Type your current passphrase.</source>
        <translation>اپنا موجودہ پاس ورڈ لکھیں۔</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The two new passphrases are different. Type them again.</source>
        <translation>دونوں نئے پاس ورڈ مختلف ہیں۔ انہیں دوبارہ لکھیں۔</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Your new passphrase is too short. Use at least 4 characters.</source>
        <translation>آپ کا نیا پاس ورڈ بہت چھوٹا ہے۔ کم از کم 4 حروف استعمال کریں۔</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Changing your passphrase…</source>
        <translation>آپ کا پاس ورڈ بدلا جا رہا ہے…</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Your passphrase has been changed. Use the new one next time.</source>
        <translation>آپ کا پاس ورڈ بدل گیا ہے۔ اگلی بار نیا پاس ورڈ استعمال کریں۔</translation>
    </message>
    <message>
        <source>Easy read: short sentences, big buttons and pictures on Today, My plan and Check-ins</source>
        <translation>آسان تحریر: آج، میرا منصوبہ اور چیک اِن پر مختصر جملے، بڑے بٹن اور تصویریں</translation>
    </message>
    <message>
        <source>Eas&amp;y read: short sentences, big buttons, pictures</source>
        <translation>آسان تحریر: مختصر جملے، بڑے بٹن، تصویریں (&amp;Y)</translation>
    </message>
    <message numerus="yes">
        <location line="+0" />
        <source>It also locks when you minimise it, clears anything you copied after %n seconds, and does not remember anyone.</source>
        <translation>
            <numerusform>یہ چھوٹا کرنے پر بھی لاک ہو جاتا ہے، کاپی کی ہوئی چیز %n سیکنڈ بعد مٹا دیتا ہے، اور کسی کو یاد نہیں رکھتا۔</numerusform>
            <numerusform>یہ چھوٹا کرنے پر بھی لاک ہو جاتا ہے، کاپی کی ہوئی چیز %n سیکنڈ بعد مٹا دیتا ہے، اور کسی کو یاد نہیں رکھتا۔</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0" />
        <source>Shared computer mode locks after %n seconds.</source>
        <translation>
            <numerusform>مشترکہ کمپیوٹر موڈ %n سیکنڈ بعد لاک کرتا ہے۔</numerusform>
            <numerusform>مشترکہ کمپیوٹر موڈ %n سیکنڈ بعد لاک کرتا ہے۔</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6" />
        <source>For a computer in a library, a surgery or a community centre.</source>
        <translation>لائبریری، کلینک یا کمیونٹی سینٹر کے کمپیوٹر کے لیے۔</translation>
    </message>
    <message numerus="yes">
        <location line="+17" />
        <source>Shared computer mode locks after %n minutes.</source>
        <translation>
            <numerusform>مشترکہ کمپیوٹر موڈ %n منٹ بعد لاک کرتا ہے۔</numerusform>
            <numerusform>مشترکہ کمپیوٹر موڈ %n منٹ بعد لاک کرتا ہے۔</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SharingView</name>
<message>
        <location filename="../../ui/views/sharing.py" line="-316" />
        <source>&amp;About me (name, borough)</source>
        <translation>میرے بارے میں (نام، بورو) (&amp;A)</translation>
    </message>
    <message>
        <location line="+416" />
        <source>&amp;Back up and restore</source>
        <translation>بیک اپ اور بحالی (&amp;B)</translation>
    </message>
    <message>
        <location line="-1" />
        <source>&amp;Import</source>
        <translation>درآمد (&amp;I)</translation>
    </message>
    <message>
        <location line="-403" />
        <source>&amp;Measurements and charts</source>
        <translation>پیمائشیں اور چارٹ (&amp;M)</translation>
    </message>
    <message>
        <location line="+705" />
        <source>&amp;Not now</source>
        <translation>ابھی نہیں (&amp;N)</translation>
    </message>
    <message>
        <location line="-17" />
        <source>&amp;Open the backup</source>
        <translation>بیک اپ کھولیں (&amp;O)</translation>
    </message>
    <message>
        <location line="+90" />
        <source>&amp;Restore from a backup…</source>
        <translation>بیک اپ سے بحال کریں… (&amp;R)</translation>
    </message>
    <message>
        <location line="-377" />
        <source>&amp;Share with my GP</source>
        <translation>اپنے جی پی کے ساتھ شیئر کریں (&amp;S)</translation>
    </message>
    <message>
        <location line="-411" />
        <source>&amp;What matters to me</source>
        <translation>میرے لیے کیا اہم ہے (&amp;W)</translation>
    </message>
    <message>
        <location line="+723" />
        <source>&amp;What needs fixing:</source>
        <translation>کیا ٹھیک کرنا ہے (&amp;W):</translation>
    </message>
    <message>
        <location line="-101" />
        <source>&amp;Which entries:</source>
        <translation>کون سے اندراجات (&amp;W):</translation>
    </message>
    <message>
        <location line="+123" />
        <source>A backup is one file with everything in this profile, locked with a passphrase of its own. Keep it on a USB stick or another computer. Without its passphrase nobody can open it, not even you.</source>
        <translation>بیک اپ ایک فائل ہے جس میں اس پروفائل کی ہر چیز ہوتی ہے، اور یہ اپنے الگ پاس ورڈ سے لاک ہوتی ہے۔ اسے یو ایس بی اسٹک یا کسی دوسرے کمپیوٹر پر رکھیں۔ اس کے پاس ورڈ کے بغیر کوئی اسے نہیں کھول سکتا، آپ بھی نہیں۔</translation>
    </message>
    <message>
        <location line="-343" />
        <source>A summary for your GP, your records for other apps, and backups. Nothing leaves this computer unless you save it somewhere yourself.</source>
        <translation>آپ کے جی پی کے لیے خلاصہ، دوسری ایپس کے لیے آپ کا ریکارڈ، اور بیک اپ۔ جب تک آپ خود اسے کہیں محفوظ نہ کریں، کچھ بھی اس کمپیوٹر سے باہر نہیں جاتا۔</translation>
    </message>
    <message>
        <location line="+286" />
        <source>About the chosen file</source>
        <translation>منتخب فائل کے بارے میں</translation>
    </message>
    <message>
        <location line="-18" />
        <source>Add log entries from a spreadsheet (CSV), records from a FHIR file made by this app, the records in a backup, or your phone's steps, weight, heart rate, blood pressure, sleep and blood glucose (Apple Health's export.zip, or Google Fit data from Google Takeout). Choose the file or drop it here. The whole file is checked first and you see what it holds before anything is added. If any line is wrong, nothing is changed and you see every line to fix.</source>
        <translation>اسپریڈشیٹ (CSV) سے اندراجات، اس ایپ کی بنائی ہوئی FHIR فائل سے ریکارڈ، بیک اپ میں موجود ریکارڈ، یا آپ کے فون سے قدم، وزن، دل کی دھڑکن، بلڈ پریشر، نیند اور خون میں شکر (Apple Health کی export.zip، یا Google Takeout سے Google Fit کا ڈیٹا) شامل کریں۔ فائل چنیں یا اسے یہاں چھوڑیں۔ پہلے پوری فائل جانچی جاتی ہے اور کچھ بھی شامل ہونے سے پہلے آپ دیکھتے ہیں کہ اس میں کیا ہے۔ اگر کوئی بھی سطر غلط ہو تو کچھ نہیں بدلتا اور آپ ٹھیک کرنے والی ہر سطر دیکھتے ہیں۔</translation>
    </message>
    <message>
        <location line="+41" />
        <source>Add these to my p&amp;rofile</source>
        <translation>انہیں میرے پروفائل میں شامل کریں (&amp;R)</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Add what the file holds to my profile</source>
        <translation>فائل کا مواد میرے پروفائل میں شامل کریں</translation>
    </message>
    <message>
        <location line="+551" />
        <source>Added to your profile from “{file}”: {what}.</source>
        <translation>آپ کے پروفائل میں شامل ہوا (فائل “{file}” سے): {what}۔</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Adding {file} to your profile…</source>
        <translation>آپ کے پروفائل میں شامل ہو رہی ہے: {file}…</translation>
    </message>
    <message>
        <location line="-568" />
        <location line="+55" />
        <source>Backup p&amp;assphrase:</source>
        <translation>بیک اپ کا پاس ورڈ (&amp;A):</translation>
    </message>
    <message>
        <location line="+25" />
        <source>Bring a backup back as a new profile next to this one, or put it in place of this profile. You need the backup's passphrase.</source>
        <translation>بیک اپ کو اس کے ساتھ ایک نئے پروفائل کے طور پر واپس لائیں، یا اس پروفائل کی جگہ رکھیں۔ آپ کو بیک اپ کا پاس ورڈ چاہیے۔</translation>
    </message>
    <message>
        <location line="+95" />
        <source>CSV files (*.csv)</source>
        <translation>سی ایس وی فائلیں (*.csv)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Calendar files (*.ics)</source>
        <translation>کیلنڈر فائلیں (*.ics)</translation>
    </message>
    <message>
        <location line="-869" />
        <source>Ch&amp;eck-in scores (questionnaires)</source>
        <translation>چیک اِن کے اسکور (سوالنامے) (&amp;E)</translation>
    </message>
    <message>
        <location line="+1209" />
        <source>Checking {file}…</source>
        <translation>جانچ ہو رہی ہے: {file}…</translation>
    </message>
    <message>
        <location line="-538" />
        <source>Choose a &amp;file to import…</source>
        <translation>درآمد کے لیے فائل چنیں… (&amp;F)</translation>
    </message>
    <message>
        <location line="+209" />
        <source>Choose a backup to restore</source>
        <translation>بحال کرنے کے لیے بیک اپ چنیں</translation>
    </message>
    <message>
        <location line="-209" />
        <location line="+212" />
        <source>Choose a file to import</source>
        <translation>درآمد کے لیے فائل چنیں</translation>
    </message>
    <message>
        <location line="-321" />
        <source>Dates I choose</source>
        <translation>میری چنی ہوئی تاریخیں</translation>
    </message>
    <message>
        <location line="+145" />
        <source>Do not import this file</source>
        <translation>یہ فائل درآمد نہ کریں</translation>
    </message>
    <message>
        <location line="-303" />
        <source>E&amp;xport</source>
        <translation>برآمد (&amp;X)</translation>
    </message>
    <message>
        <location line="+154" />
        <source>Every entry</source>
        <translation>ہر اندراج</translation>
    </message>
    <message>
        <location line="+309" />
        <source>FHIR files (*.json)</source>
        <translation>ایف ایچ آئی آر فائلیں (*.json)</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Files the planner reads (*.csv *.json *.hpbackup *.zip *.xml);;All files (*)</source>
        <translation>فائلیں جو پلانر پڑھتا ہے (*.csv *.json *.hpbackup *.zip *.xml);;تمام فائلیں (*)</translation>
    </message>
    <message>
        <location line="-310" />
        <source>From date</source>
        <translation>شروع کی تاریخ</translation>
    </message>
    <message>
        <location line="+295" />
        <source>Health Planner backups (*.hpbackup)</source>
        <translation>ہیلتھ پلانر بیک اپ (*.hpbackup)</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Health Planner backups (*.hpbackup);;All files (*)</source>
        <translation>ہیلتھ پلانر بیک اپ (*.hpbackup);;تمام فائلیں (*)</translation>
    </message>
    <message>
        <location line="-890" />
        <source>Include: about me</source>
        <translation>شامل کریں: میرے بارے میں</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Include: measurements and charts</source>
        <translation>شامل کریں: پیمائشیں اور چارٹ</translation>
    </message>
    <message>
        <location line="+449" />
        <source>Include: my NHS number</source>
        <translation>شامل کریں: میرا این ایچ ایس نمبر</translation>
    </message>
    <message>
        <location line="-455" />
        <source>Include: my care and support plan</source>
        <translation>شامل کریں: میری دیکھ بھال اور مدد کا منصوبہ</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Include: my crisis plan</source>
        <translation>شامل کریں: میرا بحران کا منصوبہ</translation>
    </message>
    <message>
        <location line="+455" />
        <source>Include: my date of birth</source>
        <translation>شامل کریں: میری تاریخ پیدائش</translation>
    </message>
    <message>
        <location line="-459" />
        <source>Include: my goals</source>
        <translation>شامل کریں: میرے مقاصد</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Include: my latest check-in scores</source>
        <translation>شامل کریں: میرے تازہ ترین چیک اِن اسکور</translation>
    </message>
    <message>
        <location line="-8" />
        <source>Include: what matters to me</source>
        <translation>شامل کریں: میرے لیے کیا اہم ہے</translation>
    </message>
    <message>
        <location line="+606" />
        <source>Log entries for a spreadsheet (CSV)</source>
        <translation>اسپریڈشیٹ کے لیے اندراجات (CSV)</translation>
    </message>
    <message>
        <location line="+133" />
        <source>Make a backup</source>
        <translation>بیک اپ بنائیں</translation>
    </message>
    <message>
        <location line="+572" />
        <source>Making the backup…</source>
        <translation>بیک اپ بن رہا ہے…</translation>
    </message>
    <message>
        <location line="-839" />
        <source>Measurements to chart</source>
        <translation>چارٹ کے لیے پیمائشیں</translation>
    </message>
    <message>
        <location line="-14" />
        <source>My &amp;NHS number</source>
        <translation>میرا این ایچ ایس نمبر (&amp;N)</translation>
    </message>
    <message>
        <location line="-455" />
        <source>My &amp;care and support plan</source>
        <translation>میری دیکھ بھال اور مدد کا منصوبہ (&amp;C)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>My c&amp;risis plan</source>
        <translation>میرا بحران کا منصوبہ (&amp;R)</translation>
    </message>
    <message>
        <location line="+455" />
        <source>My da&amp;te of birth</source>
        <translation>میری تاریخ پیدائش (&amp;T)</translation>
    </message>
    <message>
        <location line="-459" />
        <source>My goa&amp;ls</source>
        <translation>میرے مقاصد (&amp;L)</translation>
    </message>
    <message>
        <location line="+1209" />
        <source>Nothing has been added yet.</source>
        <translation>ابھی تک کچھ شامل نہیں ہوا۔</translation>
    </message>
    <message>
        <location line="+63" />
        <source>Nothing was imported.</source>
        <translation>کچھ درآمد نہیں ہوا۔</translation>
    </message>
    <message>
        <location line="-662" />
        <source>One row for each entry, oldest first, with the time and its time zone. Opens in Excel, LibreOffice and Numbers, and can be imported again.</source>
        <translation>ہر اندراج کے لیے ایک سطر، پرانے پہلے، وقت اور اس کے ٹائم زون کے ساتھ۔ Excel، LibreOffice اور Numbers میں کھلتی ہے، اور دوبارہ درآمد کی جا سکتی ہے۔</translation>
    </message>
    <message>
        <location line="+86" />
        <source>Open the backup with this passphrase</source>
        <translation>اس پاس ورڈ سے بیک اپ کھولیں</translation>
    </message>
    <message>
        <location line="+176" />
        <source>PDF files (*.pdf)</source>
        <translation>پی ڈی ایف فائلیں (*.pdf)</translation>
    </message>
    <message>
        <location line="-121" />
        <source>Passphrase for the backup</source>
        <translation>بیک اپ کا پاس ورڈ</translation>
    </message>
    <message>
        <location line="-270" />
        <source>Peri&amp;od:</source>
        <translation>مدت (&amp;O):</translation>
    </message>
    <message>
        <location line="-2" />
        <source>Period for the measurements</source>
        <translation>پیمائشوں کی مدت</translation>
    </message>
    <message>
        <location line="+33" />
        <source>Pre&amp;view:</source>
        <translation>پیش نظارہ (&amp;V):</translation>
    </message>
    <message>
        <location line="-39" />
        <source>Press Space to include or leave out the chosen measurement.</source>
        <translation>منتخب پیمائش کو شامل کرنے یا چھوڑنے کے لیے اسپیس دبائیں۔</translation>
    </message>
    <message>
        <location line="+35" />
        <source>Preview of the summary</source>
        <translation>خلاصے کا پیش نظارہ</translation>
    </message>
    <message>
        <location line="-88" />
        <source>Progress</source>
        <translation>پیش رفت</translation>
    </message>
    <message>
        <location line="+748" />
        <source>Reading {file}…</source>
        <translation>پڑھی جا رہی ہے: {file}…</translation>
    </message>
    <message>
        <location line="-534" />
        <source>Reminders and review dates for a calendar (iCalendar)</source>
        <translation>کیلنڈر کے لیے یاد دہانیاں اور جائزے کی تاریخیں (iCalendar)</translation>
    </message>
    <message>
        <location line="+140" />
        <location line="+12" />
        <source>Restore from a backup</source>
        <translation>بیک اپ سے بحال کریں</translation>
    </message>
    <message numerus="yes">
        <location line="+603" />
        <source>Restored the backup as the profile “{name}” ({n} log entries). To open it, lock this profile and choose it on the start screen.</source>
        <translation>
            <numerusform>بیک اپ کو پروفائل “{name}” کے طور پر بحال کر دیا گیا ({n} اندراج)۔ اسے کھولنے کے لیے یہ پروفائل لاک کریں اور شروع کی اسکرین پر اسے چنیں۔</numerusform>
            <numerusform>بیک اپ کو پروفائل “{name}” کے طور پر بحال کر دیا گیا ({n} اندراجات)۔ اسے کھولنے کے لیے یہ پروفائل لاک کریں اور شروع کی اسکرین پر اسے چنیں۔</numerusform>
        </translation>
    </message>
    <message>
        <location line="-30" />
        <location line="+37" />
        <source>Restoring the backup…</source>
        <translation>بیک اپ بحال ہو رہا ہے…</translation>
    </message>
    <message>
        <location line="-749" />
        <source>Save a &amp;calendar file…</source>
        <translation>کیلنڈر فائل محفوظ کریں… (&amp;C)</translation>
    </message>
    <message>
        <location line="+229" />
        <source>Save a backup</source>
        <translation>بیک اپ محفوظ کریں</translation>
    </message>
    <message>
        <location line="-112" />
        <source>Save a backup of this profile</source>
        <translation>اس پروفائل کا بیک اپ محفوظ کریں</translation>
    </message>
    <message>
        <location line="+111" />
        <source>Save a calendar file</source>
        <translation>کیلنڈر فائل محفوظ کریں</translation>
    </message>
    <message>
        <location line="-381" />
        <source>Save as PD&amp;F…</source>
        <translation>پی ڈی ایف کے طور پر محفوظ کریں… (&amp;F)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Save for GP s&amp;ystems (FHIR)…</source>
        <translation>جی پی سسٹمز کے لیے محفوظ کریں (FHIR)… (&amp;Y)</translation>
    </message>
    <message>
        <location line="+376" />
        <source>Save for GP systems</source>
        <translation>جی پی سسٹمز کے لیے محفوظ کریں</translation>
    </message>
    <message>
        <location line="-375" />
        <source>Save for GP systems as a FHIR file</source>
        <translation>جی پی سسٹمز کے لیے FHIR فائل کے طور پر محفوظ کریں</translation>
    </message>
    <message>
        <location line="+376" />
        <source>Save log entries</source>
        <translation>اندراجات محفوظ کریں</translation>
    </message>
    <message>
        <location line="-249" />
        <source>Save log entries as CS&amp;V…</source>
        <translation>اندراجات CSV کے طور پر محفوظ کریں… (&amp;V)</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Save log entries as CSV</source>
        <translation>اندراجات CSV کے طور پر محفوظ کریں</translation>
    </message>
    <message>
        <location line="+23" />
        <source>Save reminders and review dates as a calendar file</source>
        <translation>یاد دہانیاں اور جائزے کی تاریخیں کیلنڈر فائل کے طور پر محفوظ کریں</translation>
    </message>
    <message>
        <location line="+116" />
        <source>Save the back&amp;up…</source>
        <translation>بیک اپ محفوظ کریں… (&amp;U)</translation>
    </message>
    <message>
        <location line="-270" />
        <source>Save the summary as a PDF</source>
        <translation>خلاصہ PDF کے طور پر محفوظ کریں</translation>
    </message>
    <message>
        <location line="+378" />
        <source>Save the summary for your GP</source>
        <translation>اپنے جی پی کے لیے خلاصہ محفوظ کریں</translation>
    </message>
    <message numerus="yes">
        <location line="+200" />
        <source>Saved a FHIR file with {n} records to {path}.</source>
        <translation>
            <numerusform>{n} ریکارڈ والی FHIR فائل {path} میں محفوظ ہو گئی۔</numerusform>
            <numerusform>{n} ریکارڈز والی FHIR فائل {path} میں محفوظ ہو گئی۔</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+232" />
        <source>Saved a backup with {n} log entries to {path}. Keep the backup passphrase safe: without it the backup cannot be opened.</source>
        <translation>
            <numerusform>{n} اندراج والا بیک اپ {path} میں محفوظ ہو گیا۔ بیک اپ کا پاس ورڈ محفوظ رکھیں: اس کے بغیر بیک اپ نہیں کھل سکتا۔</numerusform>
            <numerusform>{n} اندراجات والا بیک اپ {path} میں محفوظ ہو گیا۔ بیک اپ کا پاس ورڈ محفوظ رکھیں: اس کے بغیر بیک اپ نہیں کھل سکتا۔</numerusform>
        </translation>
    </message>
    <message>
        <location line="-252" />
        <source>Saved the summary for your GP to {path}.</source>
        <translation>آپ کے جی پی کے لیے خلاصہ {path} میں محفوظ ہو گیا۔</translation>
    </message>
    <message numerus="yes">
        <location line="+58" />
        <source>Saved {n} calendar events to {path}.</source>
        <translation>
            <numerusform>{n} کیلنڈر ایونٹ {path} میں محفوظ ہو گیا۔</numerusform>
            <numerusform>{n} کیلنڈر ایونٹس {path} میں محفوظ ہو گئے۔</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-14" />
        <source>Saved {n} log entries to {path}.</source>
        <translation>
            <numerusform>{n} اندراج {path} میں محفوظ ہو گیا۔</numerusform>
            <numerusform>{n} اندراجات {path} میں محفوظ ہو گئے۔</numerusform>
        </translation>
    </message>
    <message>
        <location line="-3" />
        <source>Saving log entries…</source>
        <translation>اندراجات محفوظ ہو رہے ہیں…</translation>
    </message>
    <message>
        <location line="-26" />
        <source>Saving the FHIR file…</source>
        <translation>FHIR فائل محفوظ ہو رہی ہے…</translation>
    </message>
    <message>
        <location line="+40" />
        <source>Saving the calendar file…</source>
        <translation>کیلنڈر فائل محفوظ ہو رہی ہے…</translation>
    </message>
    <message>
        <location line="-58" />
        <source>Saving the summary as a PDF…</source>
        <translation>خلاصہ PDF کے طور پر محفوظ ہو رہا ہے…</translation>
    </message>
    <message>
        <location line="-664" />
        <location line="+11" />
        <source>Share and back up</source>
        <translation>شیئر اور بیک اپ</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Sharing sections</source>
        <translation>شیئر کرنے کے حصے</translation>
    </message>
    <message>
        <location line="+351" />
        <source>T&amp;ype it again:</source>
        <translation>دوبارہ لکھیں (&amp;Y):</translation>
    </message>
    <message>
        <location line="-236" />
        <source>The PDF holds only what you ticked. The FHIR file is for GP computer systems: it holds your name, goals, plan, check-ins and the measurements from the period you chose, and your NHS number and date of birth if you ticked them.</source>
        <translation>پی ڈی ایف میں صرف وہی ہوتا ہے جس پر آپ نے نشان لگایا۔ FHIR فائل جی پی کے کمپیوٹر سسٹمز کے لیے ہے: اس میں آپ کا نام، مقاصد، منصوبہ، چیک اِن اور آپ کی چنی ہوئی مدت کی پیمائشیں ہوتی ہیں، اور اگر آپ نے نشان لگایا ہو تو آپ کا NHS نمبر اور تاریخ پیدائش بھی۔</translation>
    </message>
    <message>
        <location line="+170" />
        <source>The backup's passphrase</source>
        <translation>بیک اپ کا پاس ورڈ</translation>
    </message>
    <message>
        <location line="+538" />
        <source>The file was not imported. Nothing was changed.</source>
        <translation>فائل درآمد نہیں ہوئی۔ کچھ نہیں بدلا۔</translation>
    </message>
    <message>
        <location line="-665" />
        <source>The last 3 months</source>
        <translation>پچھلے 3 مہینے</translation>
    </message>
    <message>
        <location line="-1" />
        <source>The last month</source>
        <translation>پچھلا مہینہ</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The last year</source>
        <translation>پچھلا سال</translation>
    </message>
    <message>
        <location line="-57" />
        <source>The summary as it will be printed. Page numbers are added when it is saved.</source>
        <translation>خلاصہ ویسا ہی جیسا پرنٹ ہوگا۔ صفحہ نمبر محفوظ کرتے وقت شامل کیے جاتے ہیں۔</translation>
    </message>
    <message>
        <location line="+777" />
        <source>The two passphrases are different. Type them again.</source>
        <translation>دونوں پاس ورڈ مختلف ہیں۔ انہیں دوبارہ لکھیں۔</translation>
    </message>
    <message numerus="yes">
        <location line="+67" />
        <source>This profile now holds the backup ({n} log entries). The profile as it was is kept, still locked, in {aside}.</source>
        <translation>
            <numerusform>اس پروفائل میں اب بیک اپ ہے ({n} اندراج)۔ پروفائل جیسا تھا ویسا ہی، لاک حالت میں، {aside} میں رکھا گیا ہے۔</numerusform>
            <numerusform>اس پروفائل میں اب بیک اپ ہے ({n} اندراجات)۔ پروفائل جیسا تھا ویسا ہی، لاک حالت میں، {aside} میں رکھا گیا ہے۔</numerusform>
        </translation>
    </message>
    <message>
        <location line="-772" />
        <source>To date</source>
        <translation>آخری تاریخ</translation>
    </message>
    <message numerus="yes">
        <location line="-411" />
        <source>Too short for a backup: %n more character(s) needed.</source>
        <translation>
            <numerusform>بیک اپ کے لیے بہت چھوٹا: %n اور حرف چاہیے۔</numerusform>
            <numerusform>بیک اپ کے لیے بہت چھوٹا: %n اور حروف چاہییں۔</numerusform>
        </translation>
    </message>
    <message>
        <location line="+586" />
        <source>Type the backup passphrase again</source>
        <translation>بیک اپ کا پاس ورڈ دوبارہ لکھیں</translation>
    </message>
    <message>
        <location line="+269" />
        <source>Up to date.</source>
        <translation>تازہ ترین۔</translation>
    </message>
    <message>
        <location line="-18" />
        <location line="+11" />
        <source>Updating…</source>
        <translation>تازہ ہو رہا ہے…</translation>
    </message>
    <message numerus="yes">
        <location line="+265" />
        <source>Use a backup passphrase of at least %n characters.</source>
        <translation>
            <numerusform>کم از کم %n حرف کا بیک اپ پاس ورڈ استعمال کریں۔</numerusform>
            <numerusform>کم از کم %n حروف کا بیک اپ پاس ورڈ استعمال کریں۔</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-1121" />
        <source>Use at least %n characters. 3 or 4 random words are easy to remember and hard to guess.</source>
        <translation>
            <numerusform>کم از کم %n حرف استعمال کریں۔ 3 یا 4 بے ترتیب الفاظ یاد رکھنا آسان اور اندازہ لگانا مشکل ہوتے ہیں۔</numerusform>
            <numerusform>کم از کم %n حروف استعمال کریں۔ 3 یا 4 بے ترتیب الفاظ یاد رکھنا آسان اور اندازہ لگانا مشکل ہوتے ہیں۔</numerusform>
        </translation>
    </message>
    <message>
        <location line="+560" />
        <source>What needs fixing in the file</source>
        <translation>فائل میں کیا ٹھیک کرنا ہے</translation>
    </message>
    <message>
        <location line="-278" />
        <source>What to include</source>
        <translation>کیا شامل کرنا ہے</translation>
    </message>
    <message>
        <location line="+172" />
        <source>Which log entries to save</source>
        <translation>کون سے اندراجات محفوظ کرنے ہیں</translation>
    </message>
    <message>
        <location line="+22" />
        <source>Your reminders, the actions in your plan that repeat or have a date, and your plan's review date, as a file Outlook, Google Calendar or a phone can add to its calendar.</source>
        <translation>آپ کی یاد دہانیاں، آپ کے منصوبے کے وہ کام جو دہرائے جاتے ہیں یا جن کی تاریخ ہے، اور منصوبے کے جائزے کی تاریخ، ایک ایسی فائل میں جسے Outlook، Google Calendar یا فون اپنے کیلنڈر میں شامل کر سکے۔</translation>
    </message>
    <message>
        <location line="+560" />
        <source>a FHIR file</source>
        <translation>ایک FHIR فائل</translation>
    </message>
    <message>
        <location line="+1" />
        <source>a backup</source>
        <translation>ایک بیک اپ</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;روکیں</translation>
    </message>
    <message>
        <source>Stop reading the phone export</source>
        <translation>فون کی برآمد پڑھنا روکیں</translation>
    </message>
    <message>
        <source>an Apple Health export</source>
        <translation>Apple Health کی ایک برآمد</translation>
    </message>
    <message>
        <source>Google Fit data from Google Takeout</source>
        <translation>Google Takeout سے Google Fit کا ڈیٹا</translation>
    </message>
    <message>
        <location line="-2" />
        <source>a spreadsheet file (CSV)</source>
        <translation>ایک اسپریڈشیٹ فائل (CSV)</translation>
    </message>
    <message>
        <location line="-1210" />
        <source>check-ins</source>
        <translation>چیک اِن</translation>
    </message>
    <message>
        <location line="+2" />
        <source>choices about taking part</source>
        <translation>شرکت کے بارے میں انتخاب</translation>
    </message>
    <message>
        <location line="+599" />
        <source>from</source>
        <translation>سے</translation>
    </message>
    <message>
        <location line="-603" />
        <source>goals</source>
        <translation>مقاصد</translation>
    </message>
    <message>
        <location line="+5" />
        <source>items waiting to be sent</source>
        <translation>بھیجے جانے کے منتظر آئٹمز</translation>
    </message>
    <message>
        <location line="-6" />
        <source>log entries</source>
        <translation>اندراجات</translation>
    </message>
    <message>
        <location line="+69" />
        <source>nothing new</source>
        <translation>کچھ نیا نہیں</translation>
    </message>
    <message>
        <location line="-65" />
        <source>reminders</source>
        <translation>یاد دہانیاں</translation>
    </message>
    <message>
        <location line="-5" />
        <source>things you track</source>
        <translation>وہ چیزیں جنہیں آپ ٹریک کرتے ہیں</translation>
    </message>
    <message>
        <location line="+607" />
        <source>to</source>
        <translation>تک</translation>
    </message>
    <message>
        <location line="-604" />
        <source>versions of a care plan</source>
        <translation>دیکھ بھال کے منصوبے کے ورژن</translation>
    </message>
    <message>
        <location line="+1172" />
        <source>“{file}” is a Health Planner backup. Type its backup passphrase to see what is in it.</source>
        <translation>یہ فائل، “{file}”، ہیلتھ پلانر کا بیک اپ ہے۔ اس میں کیا ہے دیکھنے کے لیے اس کا پاس ورڈ لکھیں۔</translation>
    </message>
    <message>
        <location line="+44" />
        <source>“{file}” is {kind}. It holds: {what}.</source>
        <translation>فائل “{file}” {kind} ہے۔ اس میں ہے: {what}۔</translation>
    </message>
    <message>
        <location line="+22" />
        <source>“{file}” was not imported, and nothing was changed. Fix what is listed below and try again.</source>
        <translation>فائل “{file}” درآمد نہیں ہوئی، اور کچھ نہیں بدلا۔ نیچے دی گئی باتیں ٹھیک کریں اور دوبارہ کوشش کریں۔</translation>
    </message>
    <message>
        <location line="-93" />
        <source>… and {n} more.</source>
        <translation>… اور {n} مزید۔</translation>
    </message>
    <message>
        <location filename="../../ui/views/sharing.py" />
        <source>My me&amp;dicines</source>
        <translation>میری دوائیں (&amp;D)</translation>
    </message>
    <message>
        <location filename="../../ui/views/sharing.py" />
        <source>Include: my medicines</source>
        <translation>شامل کریں: میری دوائیں</translation>
    </message>
    <message>
        <location filename="../../ui/views/sharing.py" />
        <source>My allergies</source>
        <translation>میری الرجیاں</translation>
    </message>
    <message>
        <location filename="../../ui/views/sharing.py" />
        <source>Include: my allergies</source>
        <translation>شامل کریں: میری الرجیاں</translation>
    </message>
    <message>
        <location filename="../../ui/views/sharing.py" />
        <source>My conditions, c&amp;urrent and past</source>
        <translation>میری موجودہ اور پرانی بیماریاں (&amp;U)</translation>
    </message>
    <message>
        <location filename="../../ui/views/sharing.py" />
        <source>Include: my conditions, current and past</source>
        <translation>شامل کریں: میری موجودہ اور پرانی بیماریاں</translation>
    </message>
    <message>
        <location filename="../../ui/views/sharing.py" />
        <source>My coming appointments</source>
        <translation>میری آنے والی ملاقاتیں</translation>
    </message>
    <message>
        <location filename="../../ui/views/sharing.py" />
        <source>Include: my coming appointments</source>
        <translation>شامل کریں: میری آنے والی ملاقاتیں</translation>
    </message>
    <message>
        <source>Already in your profile, so left out: {what}.</source>
        <translation>پہلے سے آپ کے پروفائل میں ہے، اس لیے چھوڑ دیا گیا: {what}۔</translation>
    </message>
    <message>
        <source>“{file}” is {kind}. New to your profile: {what}.</source>
        <translation>فائل “{file}” {kind} ہے۔ آپ کے پروفائل کے لیے نیا: {what}۔</translation>
    </message>
    <message>
        <source>“{file}” is {kind}. Everything in it is in your profile already.</source>
        <translation>فائل “{file}” {kind} ہے۔ اس میں موجود سب کچھ پہلے سے آپ کے پروفائل میں ہے۔</translation>
    </message>
    <message>
        <source>medicines</source>
        <translation>دوائیں</translation>
    </message>
    <message>
        <source>doses taken or missed</source>
        <translation>لی گئی یا چھوٹ جانے والی خوراکیں</translation>
    </message>
    <message>
        <source>appointments</source>
        <translation>ملاقاتیں</translation>
    </message>
    <message>
        <source>social prescribing referrals</source>
        <translation>سماجی نسخے کے حوالے</translation>
    </message>
    <message>
        <source>services you chose</source>
        <translation>آپ کی چنی ہوئی خدمات</translation>
    </message>
    <message>
        <source>visits to services</source>
        <translation>خدمات پر حاضریاں</translation>
    </message>
    <message>
        <source>This profile now holds the backup (1 log entry). The profile as it was is kept, still locked, in {aside}.</source>
        <translation>اس پروفائل میں اب بیک اپ ہے (1 اندراج)۔ پروفائل جیسا تھا ویسا ہی، لاک حالت میں، {aside} میں رکھا گیا ہے۔</translation>
    </message>
    <message>
        <source>Restored the backup as the profile “{name}” (1 log entry). To open it, lock this profile and choose it on the start screen.</source>
        <translation>بیک اپ کو پروفائل “{name}” کے طور پر بحال کر دیا گیا (1 اندراج)۔ اسے کھولنے کے لیے یہ پروفائل لاک کریں اور شروع کی اسکرین پر اسے چنیں۔</translation>
    </message>
    <message>
        <source>Saved 1 log entry to {path}.</source>
        <translation>1 اندراج {path} میں محفوظ ہو گیا۔</translation>
    </message>
    <message>
        <source>Saved 1 calendar event to {path}.</source>
        <translation>1 کیلنڈر ایونٹ {path} میں محفوظ ہو گیا۔</translation>
    </message>
    <message>
        <source>Saved a FHIR file with 1 record to {path}.</source>
        <translation>1 ریکارڈ والی FHIR فائل {path} میں محفوظ ہو گئی۔</translation>
    </message>
    <message>
        <location filename="../../ui/views/sharing_gp.py" />
        <source>Include: decisions I am making</source>
        <translation>شامل کریں: وہ فیصلے جو میں کر رہا ہوں</translation>
    </message>
    <message>
        <source>decisions</source>
        <translation>فیصلے</translation>
    </message>
    <message>
        <source>referrals for treatment</source>
        <translation>علاج کے لیے ریفرلز</translation>
    </message>
    <message>
        <source>personal health budgets</source>
        <translation>ذاتی صحت بجٹ</translation>
    </message>
    <message>
        <source>budget spends</source>
        <translation>بجٹ کے اخراجات</translation>
    </message>
    <message>
        <source>receipts</source>
        <translation>رسیدیں</translation>
    </message>
    <message>
        <source>GP &amp;summary</source>
        <translation>جی پی خلاصہ (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Back up</source>
        <translation>بیک اپ (&amp;B)</translation>
    </message>
    <message>
        <location filename="../../ui/views/sharing_gp.py" />
        <source>Decisions I am making</source>
        <translation>وہ فیصلے جو میں کر رہا ہوں</translation>
    </message>
    <message>
        <source>Saved a backup with 1 log entry to {path}. Keep the backup passphrase safe: without it the backup cannot be opened.</source>
        <translation>1 اندراج والا بیک اپ {path} میں محفوظ ہو گیا۔ بیک اپ کا پاس ورڈ محفوظ رکھیں: اس کے بغیر بیک اپ نہیں کھل سکتا۔</translation>
    </message>
</context>
<context>
    <name>SpendDialog</name>
<message>
        <location filename="../../ui/dialogs/budget.py" />
        <source>&amp;Amount (£)</source>
        <translation>&amp;رقم (£)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/budget.py" />
        <source>Cate&amp;gory</source>
        <translation>&amp;زمرہ</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/budget.py" />
        <source>&amp;Day</source>
        <translation>&amp;دن</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/budget.py" />
        <source>&amp;Paid to</source>
        <translation>&amp;کسے ادا کیا</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/budget.py" />
        <source>Choose a &amp;receipt…</source>
        <translation>&amp;رسید چنیں…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/budget.py" />
        <source>Choose a photo or PDF of the receipt</source>
        <translation>رسید کی تصویر یا PDF چنیں</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/budget.py" />
        <source>Choose a receipt</source>
        <translation>رسید چنیں</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/budget.py" />
        <source>Log a spend</source>
        <translation>خرچ درج کریں</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/budget.py" />
        <source>No receipt</source>
        <translation>کوئی رسید نہیں</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/budget.py" />
        <source>Photos and PDFs (*.jpg *.jpeg *.png *.pdf)</source>
        <translation>تصاویر اور PDF (*.jpg *.jpeg *.png *.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/budget.py" />
        <source>Save this spend</source>
        <translation>یہ خرچ محفوظ کریں</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/budget.py" />
        <source>The amount, in pounds</source>
        <translation>رقم، پاؤنڈ میں</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/budget.py" />
        <source>The day of the spend</source>
        <translation>خرچ کا دن</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/budget.py" />
        <source>What it was for (the category)</source>
        <translation>یہ کس لیے تھا (زمرہ)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/budget.py" />
        <source>Who was paid</source>
        <translation>کسے ادائیگی کی گئی</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/budget.py" />
        <source>Write the amount in pounds, such as 12.50.</source>
        <translation>رقم پاؤنڈ میں لکھیں، جیسے 12.50۔</translation>
    </message>
</context>
<context>
    <name>StartScreen</name>
<message>
        <location filename="../../ui/views/start.py" />
        <source>Open &amp;read-only</source>
        <translation>صرف &amp;پڑھنے کے لیے کھولیں</translation>
    </message>
    <message>
        <location filename="../../ui/views/start.py" />
        <source>Open read-only, without saving</source>
        <translation>صرف پڑھنے کے لیے کھولیں، محفوظ کیے بغیر</translation>
    </message>
    <message>
        <location filename="../../ui/views/start.py" line="+126" />
        <source>Language</source>
        <translation>زبان</translation>
    </message>
    <message>
        <location line="+11" />
        <source>&amp;Language:</source>
        <translation>زبان (&amp;L):</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Opening Health Planner…</source>
        <translation>ہیلتھ پلانر کھل رہا ہے…</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Welcome to Health Planner</source>
        <translation>ہیلتھ پلانر میں خوش آمدید</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Plan and keep track of your health and care: your goals, your care plan, and how you feel. Everything stays on this computer, locked with a passphrase only you know.</source>
        <translation>اپنی صحت اور دیکھ بھال کی منصوبہ بندی کریں اور اس پر نظر رکھیں: آپ کے مقاصد، آپ کا نگہداشت کا منصوبہ، اور آپ کیسا محسوس کرتے ہیں۔ سب کچھ اسی کمپیوٹر پر رہتا ہے، ایسے پاس ورڈ سے لاک جو صرف آپ جانتے ہیں۔</translation>
    </message>
    <message>
        <location line="+9" />
        <source>&amp;Create my profile</source>
        <translation>میرا پروفائل بنائیں (&amp;C)</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Create my profile</source>
        <translation>میرا پروفائل بنائیں</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Try the demo</source>
        <translation>ڈیمو آزمائیں (&amp;T)</translation>
    </message>
    <message>
        <location line="+0" />
        <location line="+63" />
        <source>Try the demo</source>
        <translation>ڈیمو آزمائیں</translation>
    </message>
    <message>
        <location line="-56" />
        <source>The demo has two years of made-up information, so you can look around before you start. Its passphrase is “demo”.</source>
        <translation>ڈیمو میں دو سال کی فرضی معلومات ہیں، تاکہ آپ شروع کرنے سے پہلے دیکھ سکیں۔ اس کا پاس ورڈ “demo” ہے۔</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Unlock your profile</source>
        <translation>اپنا پروفائل کھولیں</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Profiles on this computer</source>
        <translation>اس کمپیوٹر پر پروفائل</translation>
    </message>
    <message>
        <location line="+5" />
        <source>&amp;Who is using Health Planner?</source>
        <translation>ہیلتھ پلانر کون استعمال کر رہا ہے؟ (&amp;W)</translation>
    </message>
    <message>
        <location line="+6" />
        <location line="+63" />
        <source>Passphrase</source>
        <translation>پاس ورڈ</translation>
    </message>
    <message>
        <location line="-59" />
        <source>&amp;Remember me on this device</source>
        <translation>اس ڈیوائس پر مجھے یاد رکھیں (&amp;R)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Remember me on this device</source>
        <translation>اس ڈیوائس پر مجھے یاد رکھیں</translation>
    </message>
    <message>
        <location line="+6" />
        <source>&amp;Unlock</source>
        <translation>کھولیں (&amp;U)</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Unlock</source>
        <translation>کھولیں</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Open without passphrase</source>
        <translation>پاس ورڈ کے بغیر کھولیں (&amp;O)</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Open without passphrase</source>
        <translation>پاس ورڈ کے بغیر کھولیں</translation>
    </message>
    <message>
        <location line="+6" />
        <source>&amp;Forgotten your passphrase?</source>
        <translation>پاس ورڈ بھول گئے؟ (&amp;F)</translation>
    </message>
    <message>
        <location line="+0" />
        <location line="+129" />
        <source>Forgotten your passphrase?</source>
        <translation>پاس ورڈ بھول گئے؟</translation>
    </message>
    <message>
        <location line="-126" />
        <source>&amp;New profile</source>
        <translation>نیا پروفائل (&amp;N)</translation>
    </message>
    <message>
        <location line="+0" />
        <source>New profile</source>
        <translation>نیا پروفائل</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Try the &amp;demo</source>
        <translation>ڈیمو آزمائیں (&amp;D)</translation>
    </message>
    <message>
        <location line="+23" />
        <source>Create your profile</source>
        <translation>اپنا پروفائل بنائیں</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Your profile keeps your information locked on this computer. Nobody can open it without your passphrase.</source>
        <translation>آپ کا پروفائل آپ کی معلومات اس کمپیوٹر پر لاک رکھتا ہے۔ آپ کے پاس ورڈ کے بغیر کوئی اسے نہیں کھول سکتا۔</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Your name or a nickname</source>
        <translation>آپ کا نام یا عرفی نام</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Your &amp;name or a nickname</source>
        <translation>آپ کا نام یا عرفی نام (&amp;N)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Type the passphrase again</source>
        <translation>پاس ورڈ دوبارہ لکھیں</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Type the passphrase again</source>
        <translation>پاس ورڈ دوبارہ لکھیں (&amp;T)</translation>
    </message>
    <message>
        <location line="+6" />
        <source>&amp;Create profile</source>
        <translation>پروفائل بنائیں (&amp;C)</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Create profile</source>
        <translation>پروفائل بنائیں</translation>
    </message>
    <message>
        <location line="+3" />
        <location line="+95" />
        <location line="+28" />
        <source>&amp;Back</source>
        <translation>واپس (&amp;B)</translation>
    </message>
    <message>
        <location line="-123" />
        <location line="+95" />
        <location line="+28" />
        <source>Back</source>
        <translation>واپس</translation>
    </message>
    <message>
        <location line="-105" />
        <source>Your recovery code</source>
        <translation>آپ کا بحالی کوڈ</translation>
    </message>
    <message>
        <location line="+3" />
        <location line="+438" />
        <source>If you forget your passphrase, this code is the only way back into your profile. Write it down now and keep it somewhere safe, away from this computer. We will show it only once.</source>
        <translation>اگر آپ اپنا پاس ورڈ بھول جائیں تو یہ کوڈ آپ کے پروفائل میں واپس جانے کا واحد راستہ ہے۔ اسے ابھی لکھ لیں اور اس کمپیوٹر سے دور کسی محفوظ جگہ رکھیں۔ ہم اسے صرف ایک بار دکھائیں گے۔</translation>
    </message>
    <message>
        <location line="-533" />
        <source>Pa&amp;ssphrase</source>
        <translation>پاس ورڈ (&amp;S)</translation>
    </message>
    <message>
        <location line="+62" />
        <source>Choose a pa&amp;ssphrase</source>
        <translation>پاس ورڈ چنیں (&amp;S)</translation>
    </message>
    <message>
        <location line="+44" />
        <location line="+498" />
        <source>Print the recovery code</source>
        <translation>بحالی کوڈ پرنٹ کریں</translation>
    </message>
    <message>
        <location line="-498" />
        <source>P&amp;rint</source>
        <translation>پرنٹ کریں (&amp;R)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>C&amp;opy</source>
        <translation>کاپی کریں (&amp;O)</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Copy the recovery code</source>
        <translation>بحالی کوڈ کاپی کریں</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Last 4 characters of the recovery code</source>
        <translation>بحالی کوڈ کے آخری 4 حروف</translation>
    </message>
    <message>
        <location line="+7" />
        <source>To show you have written it down, type the &amp;last 4 characters of the code</source>
        <translation>یہ دکھانے کے لیے کہ آپ نے اسے لکھ لیا ہے، کوڈ کے آخری 4 حروف لکھیں (&amp;L)</translation>
    </message>
    <message>
        <location line="+9" />
        <source>&amp;I have written it down</source>
        <translation>میں نے اسے لکھ لیا ہے (&amp;I)</translation>
    </message>
    <message>
        <location line="+0" />
        <source>I have written it down</source>
        <translation>میں نے اسے لکھ لیا ہے</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Recovery code</source>
        <translation>بحالی کوڈ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Recovery code</source>
        <translation>بحالی کوڈ (&amp;R)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>New passphrase</source>
        <translation>نیا پاس ورڈ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;New passphrase</source>
        <translation>نیا پاس ورڈ (&amp;N)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Type the new passphrase again</source>
        <translation>نیا پاس ورڈ دوبارہ لکھیں</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Type it again</source>
        <translation>اسے دوبارہ لکھیں (&amp;T)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>&amp;Set new passphrase</source>
        <translation>نیا پاس ورڈ رکھیں (&amp;S)</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Set new passphrase</source>
        <translation>نیا پاس ورڈ رکھیں</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Setting up the demo</source>
        <translation>ڈیمو تیار ہو رہا ہے</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+499" />
        <source>Getting ready…</source>
        <translation>تیاری ہو رہی ہے…</translation>
    </message>
    <message>
        <location line="-496" />
        <source>Demo set-up progress</source>
        <translation>ڈیمو کی تیاری کی پیش رفت</translation>
    </message>
    <message>
        <location line="+138" />
        <source>A profile on this computer cannot be opened because its file %1 is damaged or missing. Its records have not been deleted. If you have a backup of that profile, restore it; or ask the person who helps you with this computer.</source>
        <translation>اس کمپیوٹر پر ایک پروفائل نہیں کھل سکتی کیونکہ اس کی فائل %1 خراب ہے یا موجود نہیں۔ اس کے ریکارڈ حذف نہیں ہوئے۔ اگر آپ کے پاس اس پروفائل کا بیک اپ ہے تو اسے بحال کریں، یا اس شخص سے مدد لیں جو اس کمپیوٹر پر آپ کی مدد کرتا ہے۔</translation>
    </message>
    <message>
        <location line="+49" />
        <location line="+236" />
        <source>Profile: %1</source>
        <translation>پروفائل: %1</translation>
    </message>
    <message>
        <location line="-186" />
        <source>Type the recovery code you were given when you made the profile “%1”, then choose a new passphrase. You will get a new recovery code.</source>
        <translation>وہ بحالی کوڈ لکھیں جو آپ کو پروفائل “%1” بناتے وقت ملا تھا، پھر نیا پاس ورڈ چنیں۔ آپ کو نیا بحالی کوڈ ملے گا۔</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Type your passphrase.</source>
        <translation>اپنا پاس ورڈ لکھیں۔</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Unlocking…</source>
        <translation>کھل رہا ہے…</translation>
    </message>
    <message>
        <location line="+45" />
        <source>Type a name for your profile.</source>
        <translation>اپنے پروفائل کا نام لکھیں۔</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+151" />
        <source>The two passphrases are different. Type them again.</source>
        <translation>دونوں پاس ورڈ مختلف ہیں۔ انہیں دوبارہ لکھیں۔</translation>
    </message>
    <message>
        <location line="-148" />
        <location line="+151" />
        <source>Your passphrase is too short. Use at least 4 characters.</source>
        <translation>آپ کا پاس ورڈ بہت چھوٹا ہے۔ کم از کم 4 حروف استعمال کریں۔</translation>
    </message>
    <message>
        <location line="-145" />
        <source>Creating your profile…</source>
        <translation>آپ کا پروفائل بن رہا ہے…</translation>
    </message>
    <message>
        <location line="+22" />
        <source>Recovery code: %1</source>
        <translation>بحالی کوڈ: %1</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Your passphrase has been changed. Your old recovery code no longer works. Write down this new one and keep it somewhere safe. We will show it only once.</source>
        <translation>آپ کا پاس ورڈ بدل گیا ہے۔ آپ کا پرانا بحالی کوڈ اب کام نہیں کرتا۔ یہ نیا کوڈ لکھ لیں اور کسی محفوظ جگہ رکھیں۔ ہم اسے صرف ایک بار دکھائیں گے۔</translation>
    </message>
    <message>
        <location line="+24" />
        <source>Those are not the last 4 characters of the code. Check what you wrote down and try again.</source>
        <translation>یہ کوڈ کے آخری 4 حروف نہیں ہیں۔ جو آپ نے لکھا تھا اسے دیکھیں اور دوبارہ کوشش کریں۔</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Health Planner recovery code</source>
        <translation>ہیلتھ پلانر بحالی کوڈ</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Keep this somewhere safe. With it, anyone can open this profile.</source>
        <translation>اسے کسی محفوظ جگہ رکھیں۔ اس کے ذریعے کوئی بھی یہ پروفائل کھول سکتا ہے۔</translation>
    </message>
    <message>
        <location line="+28" />
        <source>Type your recovery code.</source>
        <translation>اپنا بحالی کوڈ لکھیں۔</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Checking the code…</source>
        <translation>کوڈ چیک ہو رہا ہے…</translation>
    </message>
    <message>
        <location line="+7" />
        <source>That recovery code does not open this profile. Check it and try again.</source>
        <translation>یہ بحالی کوڈ اس پروفائل کو نہیں کھولتا۔ اسے چیک کریں اور دوبارہ کوشش کریں۔</translation>
    </message>
    <message>
        <location line="+24" />
        <source>Making the demo profile…</source>
        <translation>ڈیمو پروفائل بن رہا ہے…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Adding two years of made-up information…</source>
        <translation>دو سال کی فرضی معلومات شامل ہو رہی ہیں…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Opening the demo…</source>
        <translation>ڈیمو کھل رہا ہے…</translation>
    </message>
    <message>
        <source>Health Planner start page</source>
        <translation>ہیلتھ پلانر کا ابتدائی صفحہ</translation>
    </message>
    <message numerus="yes">
        <source>Copied. Paste it somewhere safe now: Health Planner will clear it from the clipboard in %n seconds.</source>
        <translation>
            <numerusform>کاپی ہو گیا۔ اسے ابھی کسی محفوظ جگہ پیسٹ کریں: ہیلتھ پلانر اسے %n سیکنڈ میں کلپ بورڈ سے مٹا دے گا۔</numerusform>
            <numerusform>کاپی ہو گیا۔ اسے ابھی کسی محفوظ جگہ پیسٹ کریں: ہیلتھ پلانر اسے %n سیکنڈ میں کلپ بورڈ سے مٹا دے گا۔</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SupporterDialog</name>
<message>
        <location filename="../../ui/dialogs/plan_items.py" line="-140" />
        <source>Change a supporter</source>
        <translation>مددگار بدلیں</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Add someone who supports me</source>
        <translation>کسی ایسے شخص کو شامل کریں جو میری مدد کرتا ہے</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <location line="+2" />
        <source>How they help</source>
        <translation>وہ کیسے مدد کرتے ہیں</translation>
    </message>
    <message>
        <location line="+1" />
        <source>For example: my sister, practice nurse</source>
        <translation>مثال کے طور پر: میری بہن، کلینک کی نرس</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Phone number</source>
        <translation>فون نمبر</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Email address</source>
        <translation>ای میل پتہ</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Notes</source>
        <translation>نوٹس</translation>
    </message>
    <message>
        <location line="+6" />
        <source>&amp;Name</source>
        <translation>نام (&amp;N)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;How they help</source>
        <translation>وہ کیسے مدد کرتے ہیں (&amp;H)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Phone</source>
        <translation>فون (&amp;P)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Email</source>
        <translation>ای میل (&amp;E)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>N&amp;otes</source>
        <translation>نوٹس (&amp;O)</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Keep this supporter</source>
        <translation>یہ مددگار رکھیں</translation>
    </message>
    <message>
        <location line="+22" />
        <source>This does not look like an email address. Check it, or leave it empty.</source>
        <translation>یہ ای میل پتہ نہیں لگتا۔ اسے چیک کریں، یا خالی چھوڑ دیں۔</translation>
    </message>
</context>
<context>
    <name>TextListEditor</name>
<message>
        <location filename="../../ui/widgets/lists.py" line="+54" />
        <source>Press F2 to change the chosen line, Delete to remove it.</source>
        <translation>چنی ہوئی سطر بدلنے کے لیے F2، ہٹانے کے لیے Delete دبائیں۔</translation>
    </message>
    <message>
        <location line="+12" />
        <location line="+3" />
        <source>Add to: {name}</source>
        <translation>اس میں شامل کریں: {name}</translation>
    </message>
    <message>
        <location line="-1" />
        <source>Add</source>
        <translation>شامل کریں</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Remove</source>
        <translation>ہٹائیں</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Remove the chosen line</source>
        <translation>چنی ہوئی سطر ہٹائیں</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Move up</source>
        <translation>اوپر لے جائیں</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Move the chosen line up</source>
        <translation>چنی ہوئی سطر اوپر لے جائیں</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Move down</source>
        <translation>نیچے لے جائیں</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Move the chosen line down</source>
        <translation>چنی ہوئی سطر نیچے لے جائیں</translation>
    </message>
    <message>
        <location line="+44" />
        <source>Write something first.</source>
        <translation>پہلے کچھ لکھیں۔</translation>
    </message>
</context>
<context>
    <name>TodayView</name>
<message numerus="yes">
        <location filename="../../ui/views/today.py" line="+17" />
        <source>%n days in a row. Well done!</source>
        <translation>
            <numerusform>مسلسل %n دن۔ شاباش!</numerusform>
            <numerusform>مسلسل %n دن۔ شاباش!</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4" />
        <source>Done for today.</source>
        <translation>آج کے لیے ہو گیا۔</translation>
    </message>
    <message>
        <location line="+11" />
        <location line="+3" />
        <location line="+206" />
        <source>Today</source>
        <translation>آج</translation>
    </message>
    <message>
        <location line="-202" />
        <location line="+1" />
        <source>Log today</source>
        <translation>آج درج کریں</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Type a value and press Enter. For yes or no, press Y or N.</source>
        <translation>قدر لکھیں اور Enter دبائیں۔ ہاں یا نہیں کے لیے Y یا N دبائیں۔</translation>
    </message>
    <message>
        <location line="+9" />
        <source>You are not tracking anything yet.</source>
        <translation>آپ ابھی کچھ ٹریک نہیں کر رہے۔</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Track something &amp;new…</source>
        <translation>کچھ نیا ٹریک کریں… (&amp;N)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Start tracking something new</source>
        <translation>کچھ نیا ٹریک کرنا شروع کریں</translation>
    </message>
    <message>
        <location line="+8" />
        <source>To do today</source>
        <translation>آج کے کام</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Things to do today</source>
        <translation>آج کرنے کی چیزیں</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Press Enter on a check-in to start it.</source>
        <translation>چیک اِن شروع کرنے کے لیے اس پر Enter دبائیں۔</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Nothing else is planned for today.</source>
        <translation>آج کے لیے اور کچھ طے نہیں ہے۔</translation>
    </message>
    <message>
        <location line="+6" />
        <source>My plan</source>
        <translation>میرا منصوبہ</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Next plan review</source>
        <translation>منصوبے کا اگلا جائزہ</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Goals</source>
        <translation>مقاصد</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Open my pl&amp;an</source>
        <translation>میرا منصوبہ کھولیں (&amp;A)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>See my g&amp;oals</source>
        <translation>میرے مقاصد دیکھیں (&amp;O)</translation>
    </message>
    <message>
        <location line="-2" />
        <source>Open my care and support plan</source>
        <translation>میرا نگہداشت اور مدد کا منصوبہ کھولیں</translation>
    </message>
    <message>
        <location line="+3" />
        <source>See my goals</source>
        <translation>میرے مقاصد دیکھیں</translation>
    </message>
    <message>
        <location line="+43" />
        <source>Today, {day}</source>
        <translation>آج، {day}</translation>
    </message>
    <message>
        <location line="+5" />
        <source>No review date is set. You can add one in your plan.</source>
        <translation>جائزے کی کوئی تاریخ مقرر نہیں۔ آپ اپنے منصوبے میں شامل کر سکتے ہیں۔</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Your plan review was due on {day}. You could ask your care coordinator to book one.</source>
        <translation>آپ کے منصوبے کا جائزہ {day} کو ہونا تھا۔ آپ اپنے نگہداشت کوآرڈینیٹر سے وقت لینے کا کہہ سکتے ہیں۔</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Your next plan review is on {day} ({when}).</source>
        <translation>آپ کے منصوبے کا اگلا جائزہ {day} کو ہے ({when})۔</translation>
    </message>
    <message>
        <location line="+5" />
        <source>You are working on 1 goal.</source>
        <translation>آپ 1 مقصد پر کام کر رہے ہیں۔</translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>You are working on %n goals.</source>
        <translation>
            <numerusform>آپ %n مقصد پر کام کر رہے ہیں۔</numerusform>
            <numerusform>آپ %n مقاصد پر کام کر رہے ہیں۔</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2" />
        <source>You have no goals on the go. You can add one any time.</source>
        <translation>آپ کا ابھی کوئی مقصد جاری نہیں۔ آپ کسی بھی وقت ایک شامل کر سکتے ہیں۔</translation>
    </message>
    <message>
        <location line="+63" />
        <source>Check-in: {name}. Press Enter to start.</source>
        <translation>چیک اِن: {name}۔ شروع کرنے کے لیے Enter دبائیں۔</translation>
    </message>
    <message>
        <location line="+4" />
        <source>{time} {title}</source>
        <translation>{time} {title}</translation>
    </message>
    <message>
        <location line="+41" />
        <source>You can now log {label} here each day.</source>
        <translation>اب آپ یہاں ہر روز {label} درج کر سکتے ہیں۔</translation>
    </message>
    <message>
        <location line="+33" />
        <source>Saved: {value}.</source>
        <translation>محفوظ ہو گیا: {value}۔</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Saving…</source>
        <translation>محفوظ ہو رہا ہے…</translation>
    </message>
    <message>
        <source>A&amp;ll my appointments</source>
        <translation>میری &amp;تمام ملاقاتیں</translation>
    </message>
    <message>
        <source>Appointments coming up</source>
        <translation>آنے والی ملاقاتیں</translation>
    </message>
    <message>
        <source>Appointments in the next two weeks</source>
        <translation>اگلے دو ہفتوں میں ملاقاتیں</translation>
    </message>
    <message>
        <source>Medicines today</source>
        <translation>آج کی دوائیں</translation>
    </message>
    <message>
        <source>No appointments in the next two weeks.</source>
        <translation>اگلے دو ہفتوں میں کوئی ملاقات نہیں۔</translation>
    </message>
    <message>
        <source>Open all my appointments</source>
        <translation>میری تمام ملاقاتیں کھولیں</translation>
    </message>
    <message>
        <source>Open my me&amp;dicines</source>
        <translation>میری &amp;دوائیں کھولیں</translation>
    </message>
    <message>
        <source>Open my medicines</source>
        <translation>میری دوائیں کھولیں</translation>
    </message>
    <message>
        <source>Press Enter to see the questions you want to ask.</source>
        <translation>جو سوال آپ پوچھنا چاہتے ہیں انہیں دیکھنے کے لیے Enter دبائیں۔</translation>
    </message>
    <message>
        <source>Questions to ask: {questions}</source>
        <translation>پوچھنے کے سوال: {questions}</translation>
    </message>
    <message>
        <source>Community support today</source>
        <translation>آج کمیونٹی کی مدد</translation>
    </message>
    <message>
        <source>Open &amp;community support</source>
        <translation>کمیونٹی کی &amp;مدد کھولیں</translation>
    </message>
    <message>
        <source>Open community support</source>
        <translation>کمیونٹی کی مدد کھولیں</translation>
    </message>
</context>
<context>
    <name>TrackerChartPanel</name>
<message>
        <location filename="../../ui/widgets/tracker_chart.py" line="+44" />
        <source>Show:</source>
        <translation>دکھائیں:</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Week</source>
        <translation>ہفتہ</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Show the last week</source>
        <translation>پچھلا ہفتہ دکھائیں</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Month</source>
        <translation>مہینہ</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Show the last month</source>
        <translation>پچھلا مہینہ دکھائیں</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Year</source>
        <translation>سال</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Show the last year</source>
        <translation>پچھلا سال دکھائیں</translation>
    </message>
    <message>
        <location line="+1" />
        <source>All</source>
        <translation>سب</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Show all time</source>
        <translation>تمام وقت دکھائیں</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Chart summary</source>
        <translation>چارٹ کا خلاصہ</translation>
    </message>
</context>
<context>
    <name>TrackerDialog</name>
<message>
        <location filename="../../ui/dialogs/tracker.py" line="+45" />
        <source>Track something new</source>
        <translation>کچھ نیا ٹریک کریں</translation>
    </message>
    <message>
        <location line="+5" />
        <source>What do you want to track?</source>
        <translation>آپ کیا ٹریک کرنا چاہتے ہیں؟</translation>
    </message>
    <message>
        <location line="+1" />
        <source>For example: Blood pressure, Pain, Water</source>
        <translation>مثال کے طور پر: بلڈ پریشر، درد، پانی</translation>
    </message>
    <message>
        <location line="+2" />
        <source>What kind of answer</source>
        <translation>کس قسم کا جواب</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Unit</source>
        <translation>اکائی</translation>
    </message>
    <message>
        <location line="+1" />
        <source>For example: kg, steps, glasses</source>
        <translation>مثال کے طور پر: kg، قدم، گلاس</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Lowest possible value (you can leave this empty)</source>
        <translation>کم سے کم ممکنہ قدر (آپ اسے خالی چھوڑ سکتے ہیں)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Highest possible value (you can leave this empty)</source>
        <translation>زیادہ سے زیادہ ممکنہ قدر (آپ اسے خالی چھوڑ سکتے ہیں)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Name</source>
        <translation>نام (&amp;N)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Answer</source>
        <translation>جواب (&amp;A)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Unit</source>
        <translation>اکائی (&amp;U)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Lowest</source>
        <translation>کم سے کم (&amp;L)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Highest</source>
        <translation>زیادہ سے زیادہ (&amp;H)</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Start tracking it</source>
        <translation>اسے ٹریک کرنا شروع کریں</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Cancel</source>
        <translation>منسوخ کریں</translation>
    </message>
    <message>
        <location line="+32" />
        <source>Enter a number, or leave this empty.</source>
        <translation>کوئی عدد لکھیں، یا اسے خالی چھوڑ دیں۔</translation>
    </message>
</context>
<context>
    <name>TreatmentDialog</name>
<message>
        <location filename="../../ui/dialogs/treatment.py" />
        <source>&amp;Chosen</source>
        <translation>&amp;چنا گیا</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/treatment.py" />
        <source>&amp;On</source>
        <translation>&amp;تاریخ</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/treatment.py" />
        <source>&amp;What for</source>
        <translation>&amp;کس لیے</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/treatment.py" />
        <source>A hospital or service offered</source>
        <translation>پیش کیا گیا ہسپتال یا سروس</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/treatment.py" />
        <source>A referral for treatment</source>
        <translation>علاج کے لیے ریفرل</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/treatment.py" />
        <source>Booking &amp;reference</source>
        <translation>بکنگ &amp;حوالہ</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/treatment.py" />
        <source>Choices &amp;offered</source>
        <translation>&amp;پیش کیے گئے انتخاب</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/treatment.py" />
        <source>For example: Knee pain, orthopaedics</source>
        <translation>مثال کے طور پر: گھٹنے کا درد، آرتھوپیڈکس</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/treatment.py" />
        <source>Referred &amp;by</source>
        <translation>کس نے &amp;ریفر کیا</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/treatment.py" />
        <source>Save this referral</source>
        <translation>یہ ریفرل محفوظ کریں</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/treatment.py" />
        <source>The booking reference, 12 digits</source>
        <translation>بکنگ حوالہ، 12 ہندسے</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/treatment.py" />
        <source>The day of the referral</source>
        <translation>ریفرل کا دن</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/treatment.py" />
        <source>The hospital or service I chose</source>
        <translation>وہ ہسپتال یا سروس جو میں نے چنی</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/treatment.py" />
        <source>The hospitals or services offered</source>
        <translation>پیش کیے گئے ہسپتال یا سروسز</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/treatment.py" />
        <source>W&amp;hy</source>
        <translation>&amp;کیوں</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/treatment.py" />
        <source>What the referral is for</source>
        <translation>ریفرل کس لیے ہے</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/treatment.py" />
        <source>Who referred me</source>
        <translation>مجھے کس نے ریفر کیا</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/treatment.py" />
        <source>Why I chose it</source>
        <translation>میں نے اسے کیوں چنا</translation>
    </message>
</context>
<context>
    <name>TreatmentView</name>
<message>
        <location filename="../../ui/views/treatment.py" />
        <source>&amp;New referral…</source>
        <translation>&amp;نیا ریفرل…</translation>
    </message>
    <message>
        <location filename="../../ui/views/treatment.py" />
        <source>Booking reference: {ref}</source>
        <translation>بکنگ حوالہ: {ref}</translation>
    </message>
    <message>
        <location filename="../../ui/views/treatment.py" />
        <source>Choosing where I am treated</source>
        <translation>یہ چننا کہ میرا علاج کہاں ہو</translation>
    </message>
    <message>
        <location filename="../../ui/views/treatment.py" />
        <source>Chosen: {provider}</source>
        <translation>چنا گیا: {provider}</translation>
    </message>
    <message>
        <location filename="../../ui/views/treatment.py" />
        <source>More on the NHS website: {address}</source>
        <translation>NHS کی ویب سائٹ پر مزید: {address}</translation>
    </message>
    <message>
        <location filename="../../ui/views/treatment.py" />
        <source>My referrals for treatment</source>
        <translation>علاج کے لیے میرے ریفرل</translation>
    </message>
    <message>
        <location filename="../../ui/views/treatment.py" />
        <source>My referrals for treatment, with the wait</source>
        <translation>علاج کے لیے میرے ریفرل، انتظار کے ساتھ</translation>
    </message>
    <message>
        <location filename="../../ui/views/treatment.py" />
        <source>My rights</source>
        <translation>میرے حقوق</translation>
    </message>
    <message>
        <location filename="../../ui/views/treatment.py" />
        <source>My rights about where I am treated</source>
        <translation>میرا علاج کہاں ہو، اس بارے میں میرے حقوق</translation>
    </message>
    <message>
        <location filename="../../ui/views/treatment.py" />
        <source>No referrals for treatment yet. Choose New referral when your GP refers you.</source>
        <translation>ابھی علاج کے لیے کوئی ریفرل نہیں۔ جب آپ کا GP آپ کو ریفر کرے تو نیا ریفرل چنیں۔</translation>
    </message>
    <message>
        <location filename="../../ui/views/treatment.py" />
        <source>Record a referral for treatment</source>
        <translation>علاج کے لیے ریفرل درج کریں</translation>
    </message>
    <message>
        <location filename="../../ui/views/treatment.py" />
        <source>Referral saved. Reminders are set for 12 and 18 weeks.</source>
        <translation>ریفرل محفوظ ہو گیا۔ 12 اور 18 ہفتوں کی یاد دہانیاں لگا دی گئی ہیں۔</translation>
    </message>
    <message>
        <location filename="../../ui/views/treatment.py" />
        <source>You have the legal right to choose which hospital or service you go to for your first appointment with a consultant-led team, for most non-urgent conditions. You also have the right to start non-urgent consultant-led treatment within 18 weeks of referral. If you are likely to wait longer, you can ask the hospital, or the integrated care board that pays for your care, to offer you other providers who can see you sooner. The right does not apply if you choose to wait longer or waiting is better for your health.</source>
        <translation>زیادہ تر غیر فوری بیماریوں کے لیے، کنسلٹنٹ کی قیادت والی ٹیم کے ساتھ اپنی پہلی ملاقات کے لیے ہسپتال یا سروس چننا آپ کا قانونی حق ہے۔ ریفرل کے 18 ہفتوں کے اندر غیر فوری، کنسلٹنٹ کی قیادت والا علاج شروع کرنا بھی آپ کا حق ہے۔ اگر آپ کو زیادہ انتظار کرنا پڑ سکتا ہے تو آپ ہسپتال سے، یا اس انٹیگریٹڈ کیئر بورڈ سے جو آپ کی دیکھ بھال کی ادائیگی کرتا ہے، کہہ سکتے ہیں کہ وہ آپ کو دوسرے فراہم کنندگان پیش کرے جو آپ کو جلد دیکھ سکیں۔ یہ حق لاگو نہیں ہوتا اگر آپ خود زیادہ انتظار کرنا چنیں یا انتظار آپ کی صحت کے لیے بہتر ہو۔</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/treatment.py" />
        <source>treatment started after %n week(s)</source>
        <translation>
            <numerusform>علاج %n ہفتے بعد شروع ہوا</numerusform>
            <numerusform>علاج %n ہفتوں بعد شروع ہوا</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/treatment.py" />
        <source>waiting %n week(s) of 18</source>
        <translation>
            <numerusform>18 میں سے %n ہفتہ انتظار</numerusform>
            <numerusform>18 میں سے %n ہفتے انتظار</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/views/treatment.py" />
        <source>{what}, referred {day}: {state}</source>
        <translation>{what}، {day} کو ریفر کیا گیا: {state}</translation>
    </message>
    <message>
        <location filename="../../ui/views/treatment.py" />
        <source>Appointment date saved.</source>
        <translation>ملاقات کی تاریخ محفوظ ہو گئی۔</translation>
    </message>
    <message>
        <location filename="../../ui/views/treatment.py" />
        <source>Appointments: {days}</source>
        <translation>ملاقاتیں: {days}</translation>
    </message>
    <message>
        <location filename="../../ui/views/treatment.py" />
        <source>Add an appointment date from a letter to the chosen referral</source>
        <translation>خط میں لکھی ملاقات کی تاریخ چنے ہوئے ریفرل میں شامل کریں</translation>
    </message>
    <message>
        <location filename="../../ui/views/treatment.py" />
        <source>Add an appointment &amp;date…</source>
        <translation>ملاقات کی &amp;تاریخ شامل کریں…</translation>
    </message>
</context>
<context>
    <name>TrendPanel</name>
<message>
        <location filename="../../ui/views/checkins.py" line="+29" />
        <source>Question to show on the chart</source>
        <translation>چارٹ پر دکھانے کے لیے سوال</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Chart &amp;of:</source>
        <translation>چارٹ برائے (&amp;O):</translation>
    </message>
    <message>
        <location line="+7" />
        <location line="+32" />
        <source>No check-ins saved yet.</source>
        <translation>ابھی کوئی چیک اِن محفوظ نہیں ہوا۔</translation>
    </message>
    <message>
        <location line="-29" />
        <source>Past check-ins</source>
        <translation>پچھلے چیک اِن</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Past check-&amp;ins</source>
        <translation>پچھلے چیک اِن (&amp;I)</translation>
    </message>
    <message>
        <location line="+12" />
        <source>{day}: {total} out of {most}, {band}</source>
        <translation>{day}: {most} میں سے {total}، {band}</translation>
    </message>
</context>
<context>
    <name>Wording</name>
<message>
        <location filename="../../ui/widgets/wording.py" line="+49" />
        <location line="+13" />
        <source>yes</source>
        <translation>ہاں</translation>
    </message>
    <message>
        <location line="-12" />
        <location line="+14" />
        <source>no</source>
        <translation>نہیں</translation>
    </message>
    <message>
        <location line="-12" />
        <location line="+15" />
        <source>{value} out of 10</source>
        <translation>10 میں سے {value}</translation>
    </message>
    <message>
        <location line="+6" />
        <source>{amount} or more</source>
        <translation>{amount} یا زیادہ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{amount} or less</source>
        <translation>{amount} یا کم</translation>
    </message>
    <message>
        <location line="+5" />
        <source>or more (higher is better)</source>
        <translation>یا زیادہ (زیادہ بہتر ہے)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>or less (lower is better)</source>
        <translation>یا کم (کم بہتر ہے)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Planned</source>
        <translation>منصوبے میں</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Working on it</source>
        <translation>کام جاری ہے</translation>
    </message>
    <message>
        <location line="+1" />
        <source>On hold</source>
        <translation>رکا ہوا</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Done</source>
        <translation>مکمل</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Stopped</source>
        <translation>چھوڑ دیا گیا</translation>
    </message>
    <message>
        <location line="+7" />
        <source>a number</source>
        <translation>ایک عدد</translation>
    </message>
    <message>
        <location line="+1" />
        <source>0 to 10</source>
        <translation>0 سے 10</translation>
    </message>
    <message>
        <location line="+1" />
        <source>yes or no</source>
        <translation>ہاں یا نہیں</translation>
    </message>
    <message>
        <location line="+1" />
        <source>words</source>
        <translation>الفاظ</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Well-being (ONS4)</source>
        <translation>خوشحالی (ONS4)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Mood (PHQ-9)</source>
        <translation>مزاج (PHQ-9)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Worry and anxiety (GAD-7)</source>
        <translation>فکر اور بے چینی (GAD-7)</translation>
    </message>
    <message>
        <location line="+30" />
        <source>today</source>
        <translation>آج</translation>
    </message>
    <message>
        <location line="+2" />
        <source>tomorrow</source>
        <translation>آنے والا کل</translation>
    </message>
    <message>
        <location line="+2" />
        <source>yesterday</source>
        <translation>گزرا ہوا کل</translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>in %n days</source>
        <translation>
            <numerusform>آج سے %n دن بعد</numerusform>
            <numerusform>آج سے %n دن بعد</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n days ago</source>
        <translation>
            <numerusform>آج سے %n دن پہلے</numerusform>
            <numerusform>آج سے %n دن پہلے</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11" />
        <source>Once</source>
        <translation>ایک بار</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Every day</source>
        <translation>ہر روز</translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>Every %n days</source>
        <translation>
            <numerusform>ہر %n دن بعد</numerusform>
            <numerusform>ہر %n دن بعد</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4" />
        <source>Every week</source>
        <translation>ہر ہفتے</translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>Every %n weeks</source>
        <translation>
            <numerusform>ہر %n ہفتے بعد</numerusform>
            <numerusform>ہر %n ہفتے بعد</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4" />
        <source>{every} on {days}</source>
        <translation>{every}، {days} کو</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Every month</source>
        <translation>ہر مہینے</translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>Every %n months</source>
        <translation>
            <numerusform>ہر %n مہینے بعد</numerusform>
            <numerusform>ہر %n مہینے بعد</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3" />
        <source>{repeat}, until {day}</source>
        <translation>{repeat}، {day} تک</translation>
    </message>
    <message>
        <source>Mood</source>
        <translation>مزاج</translation>
    </message>
    <message>
        <source>Worry</source>
        <translation>فکر</translation>
    </message>
    <message>
        <source>Well-being</source>
        <translation>خوشحالی</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/wording.py" />
        <source>entered by {carer} (carer)</source>
        <translation>{carer} (دیکھ بھال کرنے والا) نے درج کیا</translation>
    </message>
</context>
<context>
    <name>YesNoInput</name>
<message>
        <location filename="../../ui/views/today.py" line="-399" />
        <source>Yes</source>
        <translation>ہاں</translation>
    </message>
    <message>
        <location line="+1" />
        <source>No</source>
        <translation>نہیں</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{label}: yes</source>
        <translation>{label}: ہاں</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{label}: no</source>
        <translation>{label}: نہیں</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Press Y for yes or N for no.</source>
        <translation>ہاں کے لیے Y یا نہیں کے لیے N دبائیں۔</translation>
    </message>
</context>
<context>
    <name>_Dialog</name>
<message>
        <location filename="../../ui/dialogs/plan_items.py" line="-288" />
        <source>Cancel</source>
        <translation>منسوخ کریں</translation>
    </message>
</context>
<context>
    <name>AllergyDialog</name>
<message>
        <source>&amp;Allergic to</source>
        <translation>&amp;الرجی کس چیز سے</translation>
    </message>
    <message>
        <source>&amp;What happens</source>
        <translation>&amp;کیا ہوتا ہے</translation>
    </message>
    <message>
        <source>Add an allergy</source>
        <translation>الرجی شامل کریں</translation>
    </message>
    <message>
        <source>C&amp;ode</source>
        <translation>ک&amp;وڈ</translation>
    </message>
    <message>
        <source>Change an allergy</source>
        <translation>الرجی تبدیل کریں</translation>
    </message>
    <message>
        <source>For example: Penicillin</source>
        <translation>مثال کے طور پر: پینسلین</translation>
    </message>
    <message>
        <source>For example: a rash</source>
        <translation>مثال کے طور پر: خارش والے دانے</translation>
    </message>
    <message>
        <source>How &amp;bad</source>
        <translation>کتنی &amp;شدید</translation>
    </message>
    <message>
        <source>How bad it is</source>
        <translation>یہ کتنی شدید ہے</translation>
    </message>
    <message>
        <source>It is an &amp;intolerance, not an allergy</source>
        <translation>یہ &amp;عدم برداشت ہے، الرجی نہیں</translation>
    </message>
    <message>
        <source>It is an intolerance, not an allergy</source>
        <translation>یہ عدم برداشت ہے، الرجی نہیں</translation>
    </message>
    <message>
        <source>Keep this allergy</source>
        <translation>یہ الرجی محفوظ رکھیں</translation>
    </message>
    <message>
        <source>SNOMED CT code (you can leave it empty)</source>
        <translation>SNOMED CT کوڈ (آپ اسے خالی چھوڑ سکتے ہیں)</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>کیا ہوتا ہے</translation>
    </message>
    <message>
        <source>What you are allergic to</source>
        <translation>آپ کو کس چیز سے الرجی ہے</translation>
    </message>
</context>
<context>
    <name>AppointmentDialog</name>
<message>
        <source> minutes</source>
        <translation> منٹ</translation>
    </message>
    <message>
        <source>&amp;Afterwards</source>
        <translation>&amp;بعد میں</translation>
    </message>
    <message>
        <source>&amp;Before</source>
        <translation>&amp;پہلے</translation>
    </message>
    <message>
        <source>&amp;Questions I want to ask</source>
        <translation>&amp;سوال جو میں پوچھنا چاہتا ہوں</translation>
    </message>
    <message>
        <source>&amp;What for</source>
        <translation>&amp;کس لیے</translation>
    </message>
    <message>
        <source>A question to ask</source>
        <translation>پوچھنے کے لیے ایک سوال</translation>
    </message>
    <message>
        <source>Add an appointment</source>
        <translation>ملاقات شامل کریں</translation>
    </message>
    <message>
        <source>Add new things to do to my care &amp;plan</source>
        <translation>نئے کام میرے نگہداشت کے &amp;منصوبے میں شامل کریں</translation>
    </message>
    <message>
        <source>Add the new things to do to my care plan as actions</source>
        <translation>نئے کام میرے نگہداشت کے منصوبے میں اقدامات کے طور پر شامل کریں</translation>
    </message>
    <message>
        <source>Change an appointment</source>
        <translation>ملاقات تبدیل کریں</translation>
    </message>
    <message>
        <source>Date and time of the appointment</source>
        <translation>ملاقات کی تاریخ اور وقت</translation>
    </message>
    <message>
        <source>For example: Diabetes review</source>
        <translation>مثال کے طور پر: ذیابیطس کا جائزہ</translation>
    </message>
    <message>
        <source>For example: Lea Surgery, room 2</source>
        <translation>مثال کے طور پر: لی سرجری، کمرہ 2</translation>
    </message>
    <message>
        <source>For example: Nurse Grace Owusu</source>
        <translation>مثال کے طور پر: نرس گریس اووسو</translation>
    </message>
    <message>
        <source>How &amp;long</source>
        <translation>کتنی &amp;دیر</translation>
    </message>
    <message>
        <source>How long it lasts, in minutes</source>
        <translation>یہ کتنی دیر چلتی ہے، منٹوں میں</translation>
    </message>
    <message>
        <source>Parts of the appointment</source>
        <translation>ملاقات کے حصے</translation>
    </message>
    <message>
        <source>Questions I want to ask</source>
        <translation>سوال جو میں پوچھنا چاہتا ہوں</translation>
    </message>
    <message>
        <source>Save this appointment</source>
        <translation>یہ ملاقات محفوظ کریں</translation>
    </message>
    <message>
        <source>Something to do after the appointment</source>
        <translation>ملاقات کے بعد کرنے کا کوئی کام</translation>
    </message>
    <message>
        <source>This appointment is &amp;cancelled</source>
        <translation>یہ ملاقات &amp;منسوخ ہے</translation>
    </message>
    <message>
        <source>This appointment is cancelled</source>
        <translation>یہ ملاقات منسوخ ہے</translation>
    </message>
    <message>
        <source>W&amp;hen</source>
        <translation>&amp;کب</translation>
    </message>
    <message>
        <source>What the appointment is for</source>
        <translation>ملاقات کس لیے ہے</translation>
    </message>
    <message>
        <source>What to do &amp;next</source>
        <translation>آگے کیا &amp;کرنا ہے</translation>
    </message>
    <message>
        <source>What to do next</source>
        <translation>آگے کیا کرنا ہے</translation>
    </message>
    <message>
        <source>What was &amp;said</source>
        <translation>کیا &amp;کہا گیا</translation>
    </message>
    <message>
        <source>What was said at the appointment</source>
        <translation>ملاقات میں کیا کہا گیا</translation>
    </message>
    <message>
        <source>Whe&amp;re</source>
        <translation>&amp;کہاں</translation>
    </message>
    <message>
        <source>Where it is</source>
        <translation>یہ کہاں ہے</translation>
    </message>
    <message>
        <source>Who the appointment is with</source>
        <translation>ملاقات کس کے ساتھ ہے</translation>
    </message>
    <message>
        <source>With wh&amp;om</source>
        <translation>کس کے &amp;ساتھ</translation>
    </message>
</context>
<context>
    <name>Appointments</name>
<message>
        <source>{text} (cancelled)</source>
        <translation>{text} (منسوخ)</translation>
    </message>
    <message>
        <source>{text} at {where}</source>
        <translation>{text}، جگہ: {where}</translation>
    </message>
    <message>
        <source>{text} with {who}</source>
        <translation>{text}، {who} کے ساتھ</translation>
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
        <translation>&amp;بعد میں…</translation>
    </message>
    <message>
        <source>&amp;New appointment…</source>
        <translation>&amp;نئی ملاقات…</translation>
    </message>
    <message>
        <source>About the chosen appointment</source>
        <translation>منتخب ملاقات کے بارے میں</translation>
    </message>
    <message>
        <source>Add an appointment</source>
        <translation>ملاقات شامل کریں</translation>
    </message>
    <message>
        <source>Appointment saved.</source>
        <translation>ملاقات محفوظ ہو گئی۔</translation>
    </message>
    <message>
        <source>Appointments coming up</source>
        <translation>آنے والی ملاقاتیں</translation>
    </message>
    <message>
        <source>Chang&amp;e…</source>
        <translation>&amp;تبدیل کریں…</translation>
    </message>
    <message>
        <source>Change the chosen appointment</source>
        <translation>منتخب ملاقات تبدیل کریں</translation>
    </message>
    <message>
        <source>Coming up</source>
        <translation>آنے والی</translation>
    </message>
    <message>
        <source>My appointments</source>
        <translation>میری ملاقاتیں</translation>
    </message>
    <message>
        <source>No appointments are coming up. Choose New appointment to add one.</source>
        <translation>کوئی ملاقات آنے والی نہیں۔ نئی ملاقات شامل کرنے کے لیے نئی ملاقات منتخب کریں۔</translation>
    </message>
    <message>
        <source>No past appointments yet.</source>
        <translation>ابھی تک کوئی گزشتہ ملاقات نہیں۔</translation>
    </message>
    <message>
        <source>Past appointments</source>
        <translation>گزشتہ ملاقاتیں</translation>
    </message>
    <message>
        <source>Press Enter to change the chosen appointment.</source>
        <translation>منتخب ملاقات تبدیل کرنے کے لیے Enter دبائیں۔</translation>
    </message>
    <message>
        <source>Questions I want to ask:</source>
        <translation>سوال جو میں پوچھنا چاہتا ہوں:</translation>
    </message>
    <message numerus="yes">
        <source>Saved. %n new action(s) are in your plan.</source>
        <translation>
            <numerusform>محفوظ ہو گیا۔ آپ کے منصوبے میں %n نیا قدم ہے۔</numerusform>
            <numerusform>محفوظ ہو گیا۔ آپ کے منصوبے میں %n نئے اقدامات ہیں۔</numerusform>
        </translation>
    </message>
    <message>
        <source>Show &amp;cancelled ones</source>
        <translation>&amp;منسوخ شدہ دکھائیں</translation>
    </message>
    <message>
        <source>Show cancelled appointments</source>
        <translation>منسوخ شدہ ملاقاتیں دکھائیں</translation>
    </message>
    <message>
        <source>The chosen appointment</source>
        <translation>منتخب ملاقات</translation>
    </message>
    <message>
        <source>Things to do after the appointment: {what}</source>
        <translation>ملاقات کے بعد کے کام: {what}</translation>
    </message>
    <message>
        <source>What to do next:</source>
        <translation>آگے کیا کرنا ہے:</translation>
    </message>
    <message>
        <source>What was said: {notes}</source>
        <translation>کیا کہا گیا: {notes}</translation>
    </message>
    <message>
        <source>Write what was said at the chosen appointment and what to do next</source>
        <translation>منتخب ملاقات میں کیا کہا گیا اور آگے کیا کرنا ہے، لکھیں</translation>
    </message>
</context>
<context>
    <name>ConditionDialog</name>
<message>
        <source>&amp;Condition</source>
        <translation>&amp;بیماری</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;نوٹس</translation>
    </message>
    <message>
        <source>Add a condition</source>
        <translation>بیماری شامل کریں</translation>
    </message>
    <message>
        <source>C&amp;ode</source>
        <translation>ک&amp;وڈ</translation>
    </message>
    <message>
        <source>Change a condition</source>
        <translation>بیماری تبدیل کریں</translation>
    </message>
    <message>
        <source>For example: Type 2 diabetes</source>
        <translation>مثال کے طور پر: ٹائپ 2 ذیابیطس</translation>
    </message>
    <message>
        <source>I know &amp;when it started</source>
        <translation>مجھے معلوم ہے یہ &amp;کب شروع ہوئی</translation>
    </message>
    <message>
        <source>I know when it started</source>
        <translation>مجھے معلوم ہے یہ کب شروع ہوئی</translation>
    </message>
    <message>
        <source>It has &amp;gone away</source>
        <translation>یہ &amp;ختم ہو گئی ہے</translation>
    </message>
    <message>
        <source>Keep this condition</source>
        <translation>یہ بیماری محفوظ رکھیں</translation>
    </message>
    <message>
        <source>Name of the condition</source>
        <translation>بیماری کا نام</translation>
    </message>
    <message>
        <source>Notes about the condition</source>
        <translation>بیماری کے بارے میں نوٹس</translation>
    </message>
    <message>
        <source>SNOMED CT code (you can leave it empty)</source>
        <translation>SNOMED CT کوڈ (آپ اسے خالی چھوڑ سکتے ہیں)</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>کب سے</translation>
    </message>
    <message>
        <source>The condition has gone away</source>
        <translation>بیماری ختم ہو گئی ہے</translation>
    </message>
    <message>
        <source>This date is in the future. Check it.</source>
        <translation>یہ تاریخ مستقبل میں ہے۔ اسے چیک کریں۔</translation>
    </message>
    <message>
        <source>When it started</source>
        <translation>یہ کب شروع ہوئی</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
<message>
        <source>&amp;Name</source>
        <translation>&amp;نام</translation>
    </message>
    <message>
        <source>&amp;Who they are</source>
        <translation>&amp;یہ کون ہیں</translation>
    </message>
    <message>
        <source>Add an emergency contact</source>
        <translation>ہنگامی رابطہ شامل کریں</translation>
    </message>
    <message>
        <source>Change an emergency contact</source>
        <translation>ہنگامی رابطہ تبدیل کریں</translation>
    </message>
    <message>
        <source>For example: my daughter</source>
        <translation>مثال کے طور پر: میری بیٹی</translation>
    </message>
    <message>
        <source>Keep this contact</source>
        <translation>یہ رابطہ محفوظ رکھیں</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation>&amp;فون</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>فون نمبر</translation>
    </message>
    <message>
        <source>Use only digits, spaces, +, brackets and dashes in a phone number.</source>
        <translation>فون نمبر میں صرف ہندسے، خالی جگہ، +، قوسین اور ڈیش استعمال کریں۔</translation>
    </message>
    <message>
        <source>Who they are to you</source>
        <translation>یہ آپ کے کیا لگتے ہیں</translation>
    </message>
</context>
<context>
    <name>DoseActions</name>
<message>
        <source>&amp;Take</source>
        <translation>&amp;لیں</translation>
    </message>
    <message>
        <source>Change ti&amp;me…</source>
        <translation>&amp;وقت تبدیل کریں…</translation>
    </message>
    <message>
        <source>I will remind you again at {time}.</source>
        <translation>میں آپ کو {time} پر دوبارہ یاد دلاؤں گا۔</translation>
    </message>
    <message>
        <source>No doses are due today.</source>
        <translation>آج کوئی خوراک لینی نہیں ہے۔</translation>
    </message>
    <message>
        <source>Press Enter to take the chosen dose. The buttons below skip or snooze it.</source>
        <translation>منتخب خوراک لینے کے لیے Enter دبائیں۔ نیچے کے بٹن اسے چھوڑنے یا مؤخر کرنے کے لیے ہیں۔</translation>
    </message>
    <message>
        <source>Remind me about the chosen dose later</source>
        <translation>منتخب خوراک کے بارے میں مجھے بعد میں یاد دلائیں</translation>
    </message>
    <message>
        <source>Say when you really took the chosen dose</source>
        <translation>بتائیں کہ آپ نے منتخب خوراک اصل میں کب لی</translation>
    </message>
    <message>
        <source>Sk&amp;ip…</source>
        <translation>&amp;چھوڑیں…</translation>
    </message>
    <message>
        <source>Skip the chosen dose, saying why</source>
        <translation>منتخب خوراک چھوڑیں اور وجہ بتائیں</translation>
    </message>
    <message>
        <source>Skipped: {name}.</source>
        <translation>چھوڑ دی گئی: {name}۔</translation>
    </message>
    <message>
        <source>Snoo&amp;ze…</source>
        <translation>&amp;مؤخر کریں…</translation>
    </message>
    <message>
        <source>Take the chosen dose now</source>
        <translation>منتخب خوراک ابھی لیں</translation>
    </message>
    <message>
        <source>Taken: {name}.</source>
        <translation>لے لی گئی: {name}۔</translation>
    </message>
    <message>
        <source>The time is changed.</source>
        <translation>وقت تبدیل ہو گیا۔</translation>
    </message>
    <message>
        <source>Time to take {name}</source>
        <translation>{name} لینے کا وقت</translation>
    </message>
    <message>
        <source>Today's doses</source>
        <translation>آج کی خوراکیں</translation>
    </message>
</context>
<context>
    <name>DoseTableModel</name>
<message>
        <source>Due</source>
        <translation>وقت</translation>
    </message>
    <message>
        <source>Medicine</source>
        <translation>دوا</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>کیا ہوا</translation>
    </message>
</context>
<context>
    <name>DoseTimeDialog</name>
<message>
        <source>&amp;Taken at</source>
        <translation>&amp;لینے کا وقت</translation>
    </message>
    <message>
        <source>Date and time you took it</source>
        <translation>تاریخ اور وقت جب آپ نے یہ لی</translation>
    </message>
    <message>
        <source>Save the time I took it</source>
        <translation>لینے کا وقت محفوظ کریں</translation>
    </message>
    <message>
        <source>Say when you really took: {what}</source>
        <translation>بتائیں کہ آپ نے یہ اصل میں کب لی: {what}</translation>
    </message>
    <message>
        <source>This is long before the dose was due. Check the date.</source>
        <translation>یہ خوراک کے وقت سے بہت پہلے ہے۔ تاریخ چیک کریں۔</translation>
    </message>
    <message>
        <source>This time is in the future. Check it.</source>
        <translation>یہ وقت مستقبل میں ہے۔ اسے چیک کریں۔</translation>
    </message>
    <message>
        <source>When did you take it?</source>
        <translation>آپ نے یہ کب لی؟</translation>
    </message>
</context>
<context>
    <name>MedicineDialog</name>
<message>
        <source>&amp;Code</source>
        <translation>&amp;کوڈ</translation>
    </message>
    <message>
        <source>&amp;Dose</source>
        <translation>&amp;خوراک</translation>
    </message>
    <message>
        <source>&amp;Form</source>
        <translation>&amp;شکل</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;نام</translation>
    </message>
    <message>
        <source>&amp;Strength</source>
        <translation>&amp;طاقت</translation>
    </message>
    <message>
        <source>&amp;Times</source>
        <translation>&amp;اوقات</translation>
    </message>
    <message>
        <source>&amp;Why I take it</source>
        <translation>میں یہ &amp;کیوں لیتا ہوں</translation>
    </message>
    <message>
        <source>Add a medicine</source>
        <translation>دوا شامل کریں</translation>
    </message>
    <message>
        <source>Change a medicine</source>
        <translation>دوا تبدیل کریں</translation>
    </message>
    <message>
        <source>Course end</source>
        <translation>کورس کا اختتام</translation>
    </message>
    <message>
        <source>Date I started it</source>
        <translation>شروع کرنے کی تاریخ</translation>
    </message>
    <message>
        <source>Date the course ends</source>
        <translation>کورس ختم ہونے کی تاریخ</translation>
    </message>
    <message>
        <source>Doses &amp;left</source>
        <translation>باقی &amp;خوراکیں</translation>
    </message>
    <message>
        <source>Doses I have left</source>
        <translation>میرے پاس کتنی خوراکیں باقی ہیں</translation>
    </message>
    <message>
        <source>For example: 1 tablet, or 2 puffs</source>
        <translation>مثال کے طور پر: 1 گولی، یا 2 پف</translation>
    </message>
    <message>
        <source>For example: 5 mg</source>
        <translation>مثال کے طور پر: 5 mg</translation>
    </message>
    <message>
        <source>For example: 8:00, 20:00</source>
        <translation>مثال کے طور پر: 8:00, 20:00</translation>
    </message>
    <message>
        <source>For example: Ramipril, or my water tablet</source>
        <translation>مثال کے طور پر: رامیپرل، یا میری پیشاب آور گولی</translation>
    </message>
    <message>
        <source>How much to take each time</source>
        <translation>ہر بار کتنی لینی ہے</translation>
    </message>
    <message>
        <source>I take it only when I need it</source>
        <translation>میں یہ صرف ضرورت پڑنے پر لیتا ہوں</translation>
    </message>
    <message>
        <source>Name of the medicine, as you know it</source>
        <translation>دوا کا نام، جیسے آپ اسے جانتے ہیں</translation>
    </message>
    <message>
        <source>No reminder</source>
        <translation>کوئی یاد دہانی نہیں</translation>
    </message>
    <message>
        <source>Not counted</source>
        <translation>گنتی نہیں</translation>
    </message>
    <message>
        <source>On these days (none ticked: every day)</source>
        <translation>ان دنوں میں (کوئی نشان نہیں: ہر روز)</translation>
    </message>
    <message>
        <source>Only when I &amp;need it (as needed)</source>
        <translation>صرف جب &amp;ضرورت ہو (ضرورت کے مطابق)</translation>
    </message>
    <message>
        <source>P&amp;rescribed by</source>
        <translation>&amp;نسخہ دینے والا</translation>
    </message>
    <message>
        <source>Remind me to &amp;refill at</source>
        <translation>&amp;دوبارہ لینے کی یاد دہانی جب باقی ہوں</translation>
    </message>
    <message>
        <source>Remind me to get more when this many are left</source>
        <translation>جب اتنی باقی رہ جائیں تو مجھے مزید لینے کی یاد دلائیں</translation>
    </message>
    <message>
        <source>Save this medicine</source>
        <translation>یہ دوا محفوظ کریں</translation>
    </message>
    <message>
        <source>Started &amp;on</source>
        <translation>&amp;شروع کی</translation>
    </message>
    <message>
        <source>Strength, as the label says</source>
        <translation>طاقت، جیسا کہ لیبل پر لکھا ہے</translation>
    </message>
    <message>
        <source>Take it on {day}</source>
        <translation>اسے {day} کو لیں</translation>
    </message>
    <message>
        <source>The course &amp;ends on</source>
        <translation>کورس &amp;ختم ہوتا ہے</translation>
    </message>
    <message>
        <source>The course ends on a date</source>
        <translation>کورس ایک تاریخ پر ختم ہوتا ہے</translation>
    </message>
    <message>
        <source>Times of day to take it</source>
        <translation>اسے لینے کے اوقات</translation>
    </message>
    <message>
        <source>What kind of medicine it is</source>
        <translation>یہ کس قسم کی دوا ہے</translation>
    </message>
    <message>
        <source>Who prescribed it</source>
        <translation>یہ کس نے تجویز کی</translation>
    </message>
    <message>
        <source>Why I take it</source>
        <translation>میں یہ کیوں لیتا ہوں</translation>
    </message>
    <message>
        <source>Write the times with commas between them, like 8:00, 20:00.</source>
        <translation>اوقات کے درمیان کوما لگا کر لکھیں، جیسے 8:00, 20:00۔</translation>
    </message>
    <message>
        <source>Write times like 8:00 or 20:30, with commas between.</source>
        <translation>اوقات 8:00 یا 20:30 کی طرح لکھیں، درمیان میں کوما کے ساتھ۔</translation>
    </message>
    <message>
        <source>dm+d or SNOMED CT code (you can leave it empty)</source>
        <translation>dm+d یا SNOMED CT کوڈ (آپ اسے خالی چھوڑ سکتے ہیں)</translation>
    </message>
</context>
<context>
    <name>MedicineTableModel</name>
<message>
        <source>Left</source>
        <translation>باقی</translation>
    </message>
    <message>
        <source>Medicine</source>
        <translation>دوا</translation>
    </message>
    <message>
        <source>When</source>
        <translation>کب</translation>
    </message>
</context>
<context>
    <name>Medicines</name>
<message>
        <source>Capsule</source>
        <translation>کیپسول</translation>
    </message>
    <message>
        <source>Cream</source>
        <translation>کریم</translation>
    </message>
    <message>
        <source>Drops</source>
        <translation>قطرے</translation>
    </message>
    <message>
        <source>Inhaler</source>
        <translation>انہیلر</translation>
    </message>
    <message>
        <source>Injection</source>
        <translation>انجیکشن</translation>
    </message>
    <message>
        <source>Liquid</source>
        <translation>مائع</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>چھوٹ گئی</translation>
    </message>
    <message>
        <source>Not counted</source>
        <translation>گنتی نہیں</translation>
    </message>
    <message>
        <source>Nothing due yet</source>
        <translation>ابھی کچھ نہیں</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>دیگر</translation>
    </message>
    <message>
        <source>Patch</source>
        <translation>پیچ</translation>
    </message>
    <message>
        <source>Skipped: {reason}</source>
        <translation>چھوڑ دی گئی: {reason}</translation>
    </message>
    <message>
        <source>Snoozed until {time}</source>
        <translation>{time} تک مؤخر</translation>
    </message>
    <message>
        <source>Tablet</source>
        <translation>گولی</translation>
    </message>
    <message>
        <source>Taken at {time}</source>
        <translation>{time} پر لی گئی</translation>
    </message>
    <message>
        <source>To take</source>
        <translation>لینی ہے</translation>
    </message>
    <message>
        <source>When needed</source>
        <translation>ضرورت کے وقت</translation>
    </message>
    <message>
        <source>When needed: {name}</source>
        <translation>ضرورت کے وقت: {name}</translation>
    </message>
    <message>
        <source>{name} (stopped {day})</source>
        <translation>{name} (بند {day})</translation>
    </message>
    <message>
        <source>{n}%</source>
        <translation>{n}%</translation>
    </message>
    <message>
        <source>{stock}, running low</source>
        <translation>{stock}، کم ہو رہی ہے</translation>
    </message>
    <message>
        <source>{times} on {days}</source>
        <translation>{times}، دن: {days}</translation>
    </message>
    <message>
        <source>{time} {name}: {state}</source>
        <translation>{time} {name}: {state}</translation>
    </message>
    <message>
        <source>Left: {n}</source>
        <translation>باقی: {n}</translation>
    </message>
</context>
<context>
    <name>MedicinesView</name>
<message>
        <source>&amp;Change…</source>
        <translation>&amp;تبدیل کریں…</translation>
    </message>
    <message>
        <source>&amp;New medicine…</source>
        <translation>&amp;نئی دوا…</translation>
    </message>
    <message>
        <source>&amp;Record a dose now</source>
        <translation>ابھی خوراک &amp;درج کریں</translation>
    </message>
    <message>
        <source>&amp;Stop taking…</source>
        <translation>&amp;لینا بند کریں…</translation>
    </message>
    <message>
        <source>About the chosen medicine</source>
        <translation>منتخب دوا کے بارے میں</translation>
    </message>
    <message>
        <source>Add a medicine</source>
        <translation>دوا شامل کریں</translation>
    </message>
    <message>
        <source>Change the chosen medicine</source>
        <translation>منتخب دوا تبدیل کریں</translation>
    </message>
    <message>
        <source>Choose a missed or taken dose, then Taken late to say when you took it.</source>
        <translation>چھوٹی ہوئی یا لی گئی خوراک منتخب کریں، پھر دیر سے لی پر جا کر بتائیں کہ آپ نے یہ کب لی۔</translation>
    </message>
    <message>
        <source>Dose: {dose}</source>
        <translation>خوراک: {dose}</translation>
    </message>
    <message>
        <source>Doses in the last 7 days</source>
        <translation>پچھلے 7 دنوں کی خوراکیں</translation>
    </message>
    <message>
        <source>Doses of {name} taken</source>
        <translation>{name} کی لی گئی خوراکیں</translation>
    </message>
    <message>
        <source>Doses taken</source>
        <translation>لی گئی خوراکیں</translation>
    </message>
    <message>
        <source>Doses taken, {figures}.</source>
        <translation>لی گئی خوراکیں، {figures}۔</translation>
    </message>
    <message>
        <source>How it is going</source>
        <translation>کیسا چل رہا ہے</translation>
    </message>
    <message>
        <source>It is running low: order more from your pharmacy soon.</source>
        <translation>یہ کم ہو رہی ہے: جلد اپنی فارمیسی سے مزید منگوائیں۔</translation>
    </message>
    <message numerus="yes">
        <location line="+0" />
        <source>Last {days} days</source>
        <translation>
            <numerusform>پچھلا {days} دن</numerusform>
            <numerusform>پچھلے {days} دن</numerusform>
        </translation>
    </message>
    <message>
        <source>My medicines</source>
        <translation>میری دوائیں</translation>
    </message>
    <message>
        <source>Press Enter to change the chosen medicine.</source>
        <translation>منتخب دوا تبدیل کرنے کے لیے Enter دبائیں۔</translation>
    </message>
    <message>
        <source>Record that I took a dose of the chosen medicine now</source>
        <translation>درج کریں کہ میں نے ابھی منتخب دوا کی خوراک لی</translation>
    </message>
    <message>
        <source>Recorded a dose of {name}.</source>
        <translation>{name} کی خوراک درج ہو گئی۔</translation>
    </message>
    <message>
        <source>Running low: {names}. Time to order more.</source>
        <translation>کم ہو رہی ہیں: {names}۔ مزید منگوانے کا وقت ہے۔</translation>
    </message>
    <message>
        <source>Saved: {name}.</source>
        <translation>محفوظ ہو گیا: {name}۔</translation>
    </message>
    <message>
        <source>Say when you took the chosen dose, if it shows as missed or at a wrong time</source>
        <translation>اگر منتخب خوراک چھوٹی ہوئی یا غلط وقت پر دکھائی دے تو بتائیں کہ آپ نے یہ کب لی</translation>
    </message>
    <message>
        <source>Show st&amp;opped medicines</source>
        <translation>بند &amp;شدہ دوائیں دکھائیں</translation>
    </message>
    <message>
        <source>Show the medicines I have stopped</source>
        <translation>وہ دوائیں دکھائیں جو میں نے بند کر دی ہیں</translation>
    </message>
    <message>
        <source>Stock: {stock}</source>
        <translation>ذخیرہ: {stock}</translation>
    </message>
    <message>
        <source>Stop taking the chosen medicine</source>
        <translation>منتخب دوا لینا بند کریں</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>بند کر دی گئی۔</translation>
    </message>
    <message>
        <source>Stopped: {reason}</source>
        <translation>بند کر دی گئی: {reason}</translation>
    </message>
    <message>
        <source>Taken &amp;late…</source>
        <translation>دیر سے &amp;لی…</translation>
    </message>
    <message>
        <source>Today's doses</source>
        <translation>آج کی خوراکیں</translation>
    </message>
    <message>
        <source>When: {when}</source>
        <translation>کب: {when}</translation>
    </message>
    <message>
        <source>Why: {reason}</source>
        <translation>کیوں: {reason}</translation>
    </message>
    <message>
        <source>You have no medicines listed. Choose New medicine to add one.</source>
        <translation>آپ کی فہرست میں کوئی دوا نہیں۔ دوا شامل کرنے کے لیے نئی دوا منتخب کریں۔</translation>
    </message>
    <message numerus="yes">
        <location line="+0" />
        <source>last {days} days: {taken}</source>
        <translation>
            <numerusform>پچھلا {days} دن: {taken}</numerusform>
            <numerusform>پچھلے {days} دن: {taken}</numerusform>
        </translation>
    </message>
    <message>
        <source>{name} is stopped. It stays in your list of stopped medicines.</source>
        <translation>{name} بند ہو گئی۔ یہ بند شدہ دواؤں کی فہرست میں رہے گی۔</translation>
    </message>
</context>
<context>
    <name>SkipDoseDialog</name>
<message>
        <source>&amp;Why</source>
        <translation>&amp;کیوں</translation>
    </message>
    <message>
        <source>I felt unwell</source>
        <translation>میری طبیعت ٹھیک نہیں تھی</translation>
    </message>
    <message>
        <source>I have run out</source>
        <translation>میرے پاس ختم ہو گئی ہے</translation>
    </message>
    <message>
        <source>I was away from home</source>
        <translation>میں گھر سے باہر تھا</translation>
    </message>
    <message>
        <source>My doctor or pharmacist told me to</source>
        <translation>میرے ڈاکٹر یا فارماسسٹ نے کہا</translation>
    </message>
    <message>
        <source>Please say why, in a few words.</source>
        <translation>براہ کرم چند الفاظ میں وجہ بتائیں۔</translation>
    </message>
    <message>
        <source>Skip a dose</source>
        <translation>خوراک چھوڑیں</translation>
    </message>
    <message>
        <source>Skip this dose</source>
        <translation>یہ خوراک چھوڑیں</translation>
    </message>
    <message>
        <source>Why you are skipping this dose</source>
        <translation>آپ یہ خوراک کیوں چھوڑ رہے ہیں</translation>
    </message>
    <message>
        <source>You are skipping: {what}</source>
        <translation>آپ چھوڑ رہے ہیں: {what}</translation>
    </message>
</context>
<context>
    <name>SnoozeDialog</name>
<message>
        <source> minutes</source>
        <translation> منٹ</translation>
    </message>
    <message>
        <source>&amp;In</source>
        <translation>&amp;بعد</translation>
    </message>
    <message>
        <source>Remind me again about: {what}</source>
        <translation>مجھے دوبارہ یاد دلائیں: {what}</translation>
    </message>
    <message>
        <source>Remind me again in this many minutes, 10 to 60</source>
        <translation>اتنے منٹ بعد دوبارہ یاد دلائیں، 10 سے 60</translation>
    </message>
    <message>
        <source>Remind me later</source>
        <translation>مجھے بعد میں یاد دلائیں</translation>
    </message>
</context>
<context>
    <name>StopMedicineDialog</name>
<message>
        <source>&amp;Why</source>
        <translation>&amp;کیوں</translation>
    </message>
    <message>
        <source>Date I stopped it</source>
        <translation>بند کرنے کی تاریخ</translation>
    </message>
    <message>
        <source>It stays in your list of stopped medicines, with the reason, so you can tell your GP or pharmacist.</source>
        <translation>یہ وجہ کے ساتھ بند شدہ دواؤں کی فہرست میں رہے گی، تاکہ آپ اپنے جی پی یا فارماسسٹ کو بتا سکیں۔</translation>
    </message>
    <message>
        <source>Say why, for example: my GP stopped it, or it gave me a rash.</source>
        <translation>وجہ بتائیں، مثال کے طور پر: میرے جی پی نے بند کی، یا اس سے مجھے خارش ہوئی۔</translation>
    </message>
    <message>
        <source>Stop taking this medicine</source>
        <translation>یہ دوا لینا بند کریں</translation>
    </message>
    <message>
        <source>Stop taking {name}</source>
        <translation>{name} لینا بند کریں</translation>
    </message>
    <message>
        <source>Stopped &amp;on</source>
        <translation>&amp;بند کرنے کی تاریخ</translation>
    </message>
    <message>
        <source>Why I stopped it</source>
        <translation>میں نے یہ کیوں بند کی</translation>
    </message>
</context>
<context>
    <name>Summary</name>
<message>
        <source>Mild</source>
        <translation>ہلکی</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>درمیانی</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>معلوم نہیں</translation>
    </message>
    <message>
        <source>Severe</source>
        <translation>شدید</translation>
    </message>
</context>
<context>
    <name>SummaryView</name>
<message>
        <source>&amp;Save my summary</source>
        <translation>خلاصہ &amp;محفوظ کریں</translation>
    </message>
    <message>
        <source>&amp;Undo my changes</source>
        <translation>&amp;تبدیلیاں واپس لیں</translation>
    </message>
    <message>
        <source>&amp;What I want people to know</source>
        <translation>میں لوگوں کو &amp;کیا بتانا چاہتا ہوں</translation>
    </message>
    <message>
        <source>About me: my health summary</source>
        <translation>میرے بارے میں: میری صحت کا خلاصہ</translation>
    </message>
    <message>
        <source>Allergies and intolerances</source>
        <translation>الرجیاں اور عدم برداشت</translation>
    </message>
    <message>
        <source>Emergency contacts</source>
        <translation>ہنگامی رابطے</translation>
    </message>
    <message>
        <source>How I &amp;communicate best</source>
        <translation>میں کیسے &amp;بہتر بات چیت کرتا ہوں</translation>
    </message>
    <message>
        <source>How I communicate best</source>
        <translation>میں کیسے بہتر بات چیت کرتا ہوں</translation>
    </message>
    <message>
        <source>Important information</source>
        <translation>اہم معلومات</translation>
    </message>
    <message>
        <source>My ca&amp;rer</source>
        <translation>میرا &amp;نگہداشت کرنے والا</translation>
    </message>
    <message>
        <source>My carer's name</source>
        <translation>میرے نگہداشت کرنے والے کا نام</translation>
    </message>
    <message>
        <source>My conditions</source>
        <translation>میری بیماریاں</translation>
    </message>
    <message>
        <source>Please check the parts marked below.</source>
        <translation>براہ کرم نیچے نشان زدہ حصے چیک کریں۔</translation>
    </message>
    <message>
        <source>Save my health summary</source>
        <translation>میری صحت کا خلاصہ محفوظ کریں</translation>
    </message>
    <message>
        <source>Undo the changes I have not saved</source>
        <translation>وہ تبدیلیاں واپس لیں جو میں نے محفوظ نہیں کیں</translation>
    </message>
    <message>
        <source>What I want people to know about me</source>
        <translation>میں لوگوں کو اپنے بارے میں کیا بتانا چاہتا ہوں</translation>
    </message>
    <message>
        <source>What a doctor, nurse or paramedic should know about you first. You can share it with your GP from Share and back up.</source>
        <translation>ڈاکٹر، نرس یا پیرامیڈک کو آپ کے بارے میں سب سے پہلے کیا معلوم ہونا چاہیے۔ آپ اسے شیئر اور بیک اپ سے اپنے جی پی کے ساتھ شیئر کر سکتے ہیں۔</translation>
    </message>
    <message>
        <source>Your changes were undone.</source>
        <translation>آپ کی تبدیلیاں واپس لے لی گئیں۔</translation>
    </message>
    <message>
        <source>Your health summary is saved.</source>
        <translation>آپ کی صحت کا خلاصہ محفوظ ہو گیا۔</translation>
    </message>
    <message>
        <source>a condition</source>
        <translation>بیماری</translation>
    </message>
    <message>
        <source>a contact</source>
        <translation>رابطہ</translation>
    </message>
    <message>
        <source>an allergy</source>
        <translation>الرجی</translation>
    </message>
    <message>
        <source>gone away</source>
        <translation>ختم ہو گئی</translation>
    </message>
    <message>
        <source>intolerance</source>
        <translation>عدم برداشت</translation>
    </message>
    <message>
        <source>since {day}</source>
        <translation>{day} سے</translation>
    </message>
    <message>
        <source>condition</source>
        <translation>بیماری</translation>
    </message>
    <message>
        <source>allergy</source>
        <translation>الرجی</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>رابطہ</translation>
    </message>
    <message>
        <source>Information in large print</source>
        <translation>بڑے حروف میں معلومات</translation>
    </message>
    <message>
        <source>Information in easy read</source>
        <translation>آسان تحریر میں معلومات</translation>
    </message>
    <message>
        <source>A British Sign Language interpreter</source>
        <translation>برٹش سائن لینگویج (BSL) کا ترجمان</translation>
    </message>
    <message>
        <source>I &amp;need</source>
        <translation>مجھے ضرورت ہے (&amp;N)</translation>
    </message>
    <message>
        <source>Someone to come with me</source>
        <translation>کوئی جو میرے ساتھ آئے</translation>
    </message>
    <message>
        <source>I need: {need}</source>
        <translation>مجھے ضرورت ہے: {need}</translation>
    </message>
</context>
<context>
    <name>AddServiceDialog</name>
<message>
        <source>Add to my plan</source>
        <translation>میرے منصوبے میں شامل کریں</translation>
    </message>
    <message>
        <source>The goal it helps with, if any</source>
        <translation>وہ مقصد جس میں یہ مدد کرتا ہے، اگر کوئی ہو</translation>
    </message>
    <message>
        <source>No goal</source>
        <translation>کوئی مقصد نہیں</translation>
    </message>
    <message>
        <source>For my &amp;goal</source>
        <translation>میرے &amp;مقصد کے لیے</translation>
    </message>
    <message>
        <source>No times are listed: ask the service.</source>
        <translation>اوقات درج نہیں ہیں: سروس سے پوچھیں۔</translation>
    </message>
    <message>
        <source>When</source>
        <translation>کب</translation>
    </message>
    <message>
        <source>Add this service to my plan</source>
        <translation>یہ سروس میرے منصوبے میں شامل کریں</translation>
    </message>
</context>
<context>
    <name>AttendanceDialog</name>
<message>
        <source>I went</source>
        <translation>میں گیا/گئی</translation>
    </message>
    <message>
        <source>Not this time</source>
        <translation>اس بار نہیں</translation>
    </message>
    <message>
        <source>The day of the session</source>
        <translation>سیشن کا دن</translation>
    </message>
    <message>
        <source>&amp;Day</source>
        <translation>&amp;دن</translation>
    </message>
    <message>
        <source>Why not, if you want to say</source>
        <translation>کیوں نہیں، اگر آپ بتانا چاہیں</translation>
    </message>
    <message>
        <source>I would rather not say</source>
        <translation>میں نہیں بتانا چاہتا/چاہتی</translation>
    </message>
    <message>
        <source>A note for myself</source>
        <translation>اپنے لیے ایک نوٹ</translation>
    </message>
    <message>
        <source>&amp;Why not</source>
        <translation>&amp;کیوں نہیں</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;نوٹ</translation>
    </message>
    <message>
        <source>Save that I went</source>
        <translation>محفوظ کریں کہ میں گیا/گئی</translation>
    </message>
    <message>
        <source>Save that I did not go</source>
        <translation>محفوظ کریں کہ میں نہیں گیا/گئی</translation>
    </message>
    <message>
        <source>Please keep the note under 5,000 characters.</source>
        <translation>براہ کرم نوٹ 5,000 حروف سے کم رکھیں۔</translation>
    </message>
</context>
<context>
    <name>GoingActions</name>
<message>
        <source>Community support I chose</source>
        <translation>کمیونٹی کی مدد جو میں نے چنی</translation>
    </message>
    <message>
        <source>Community support sessions today</source>
        <translation>آج کے کمیونٹی مدد کے سیشن</translation>
    </message>
    <message>
        <source>Choose a service, then say whether you went.</source>
        <translation>ایک سروس چنیں، پھر بتائیں کہ آپ گئے یا نہیں۔</translation>
    </message>
    <message>
        <source>I &amp;went…</source>
        <translation>میں &amp;گیا/گئی…</translation>
    </message>
    <message>
        <source>I &amp;went</source>
        <translation>میں &amp;گیا/گئی</translation>
    </message>
    <message>
        <source>Say that I went to the chosen service</source>
        <translation>بتائیں کہ میں چنی ہوئی سروس میں گیا/گئی</translation>
    </message>
    <message>
        <source>&amp;Not this time…</source>
        <translation>اس بار &amp;نہیں…</translation>
    </message>
    <message>
        <source>Say that I did not go to the chosen service this time</source>
        <translation>بتائیں کہ اس بار میں چنی ہوئی سروس میں نہیں گیا/گئی</translation>
    </message>
    <message numerus="yes">
        <location line="+0" />
        <source>{name}: went {count} times so far</source>
        <translation>
            <numerusform>{name}: اب تک {count} بار گیا/گئی</numerusform>
            <numerusform>{name}: اب تک {count} بار گیا/گئی</numerusform>
        </translation>
    </message>
    <message>
        <source>{name}: {state}</source>
        <translation>{name}: {state}</translation>
    </message>
    <message>
        <source>Saved: you went to {name}.</source>
        <translation>محفوظ ہو گیا: آپ {name} گئے۔</translation>
    </message>
    <message>
        <source>Saved: not this time for {name}.</source>
        <translation>محفوظ ہو گیا: اس بار {name} نہیں۔</translation>
    </message>
</context>
<context>
    <name>ReferralDialog</name>
<message>
        <source>Change my referral</source>
        <translation>میرا ریفرل بدلیں</translation>
    </message>
    <message>
        <source>Record a referral</source>
        <translation>ریفرل درج کریں</translation>
    </message>
    <message>
        <source>Who referred me</source>
        <translation>مجھے کس نے ریفر کیا</translation>
    </message>
    <message>
        <source>Name of the person or practice that referred me</source>
        <translation>اس شخص یا کلینک کا نام جس نے مجھے ریفر کیا</translation>
    </message>
    <message>
        <source>For example: Dr Okafor, Lea Surgery</source>
        <translation>مثال کے طور پر: ڈاکٹر اوکافور، لی سرجری</translation>
    </message>
    <message>
        <source>Date of the referral</source>
        <translation>ریفرل کی تاریخ</translation>
    </message>
    <message>
        <source>Why I was referred, in my own words</source>
        <translation>مجھے کیوں ریفر کیا گیا، میرے اپنے الفاظ میں</translation>
    </message>
    <message>
        <source>My link worker's name</source>
        <translation>میرے لنک ورکر کا نام</translation>
    </message>
    <message>
        <source>My link worker's phone number</source>
        <translation>میرے لنک ورکر کا فون نمبر</translation>
    </message>
    <message>
        <source>My link worker's email address</source>
        <translation>میرے لنک ورکر کا ای میل پتہ</translation>
    </message>
    <message>
        <source>What matters to me, from our conversation</source>
        <translation>میرے لیے کیا اہم ہے، ہماری بات چیت سے</translation>
    </message>
    <message>
        <source>Each line is added to What matters to me in your plan.</source>
        <translation>ہر سطر آپ کے منصوبے میں 'میرے لیے کیا اہم ہے' میں شامل ہو جاتی ہے۔</translation>
    </message>
    <message>
        <source>Weeks after the start to ask how I am</source>
        <translation>شروع کے بعد کتنے ہفتوں میں پوچھا جائے کہ میں کیسا ہوں</translation>
    </message>
    <message>
        <source>Write the weeks with commas between them, like 0, 6, 12.</source>
        <translation>ہفتے کاموں کے ساتھ لکھیں، جیسے 0, 6, 12۔</translation>
    </message>
    <message>
        <source>&amp;Referred by</source>
        <translation>&amp;ریفر کرنے والا</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;نام</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;تاریخ</translation>
    </message>
    <message>
        <source>Why, in &amp;my words</source>
        <translation>کیوں، &amp;میرے الفاظ میں</translation>
    </message>
    <message>
        <source>&amp;Link worker</source>
        <translation>&amp;لنک ورکر</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;فون</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>&amp;ای میل</translation>
    </message>
    <message>
        <source>&amp;What matters to me</source>
        <translation>&amp;میرے لیے کیا اہم ہے</translation>
    </message>
    <message>
        <source>Check-ins after (&amp;weeks)</source>
        <translation>چیک اِن (&amp;ہفتوں) کے بعد</translation>
    </message>
    <message>
        <source>Save this referral</source>
        <translation>یہ ریفرل محفوظ کریں</translation>
    </message>
    <message>
        <source>Write whole numbers of weeks, like 0, 6, 12.</source>
        <translation>ہفتوں کی پوری تعداد لکھیں، جیسے 0, 6, 12۔</translation>
    </message>
    <message>
        <source>Link worker (social prescribing)</source>
        <translation>لنک ورکر (سوشل پرسکرائبنگ)</translation>
    </message>
    <message>
        <source>Please give your link worker's name.</source>
        <translation>براہ کرم اپنے لنک ورکر کا نام لکھیں۔</translation>
    </message>
</context>
<context>
    <name>SocialDialogs</name>
<message>
        <source>My GP or practice</source>
        <translation>میرا جی پی یا کلینک</translation>
    </message>
    <message>
        <source>A link worker</source>
        <translation>ایک لنک ورکر</translation>
    </message>
    <message>
        <source>I referred myself</source>
        <translation>میں نے خود کو ریفر کیا</translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation>کوئی اور</translation>
    </message>
    <message>
        <source>It costs too much</source>
        <translation>یہ بہت مہنگا ہے</translation>
    </message>
    <message>
        <source>Getting there was hard</source>
        <translation>وہاں پہنچنا مشکل تھا</translation>
    </message>
    <message>
        <source>I felt unwell</source>
        <translation>میری طبیعت ٹھیک نہیں تھی</translation>
    </message>
    <message>
        <source>It is not for me</source>
        <translation>یہ میرے لیے نہیں ہے</translation>
    </message>
    <message>
        <source>Something else</source>
        <translation>کچھ اور</translation>
    </message>
    <message>
        <source>at the start</source>
        <translation>شروع میں</translation>
    </message>
    <message numerus="yes">
        <location line="+0" />
        <source>after {n} weeks</source>
        <translation>
            <numerusform>{n} ہفتے کے بعد</numerusform>
            <numerusform>{n} ہفتوں کے بعد</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SocialView</name>
<message>
        <source>not recorded yet</source>
        <translation>ابھی درج نہیں</translation>
    </message>
    <message>
        <source>I went</source>
        <translation>میں گیا/گئی</translation>
    </message>
    <message>
        <source>not this time ({reason})</source>
        <translation>اس بار نہیں ({reason})</translation>
    </message>
    <message>
        <source>not this time</source>
        <translation>اس بار نہیں</translation>
    </message>
    <message>
        <source>Every day</source>
        <translation>ہر دن</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>{start} سے {end}</translation>
    </message>
    <message>
        <source>Community support</source>
        <translation>کمیونٹی کی مدد</translation>
    </message>
    <message>
        <source>Support in your community: groups, activities and advice a link worker or your GP can refer you to, or that you find yourself.</source>
        <translation>آپ کی کمیونٹی میں مدد: گروپ، سرگرمیاں اور مشورہ جن کے لیے لنک ورکر یا آپ کا جی پی آپ کو ریفر کر سکتا ہے، یا جو آپ خود ڈھونڈیں۔</translation>
    </message>
    <message>
        <source>My referral</source>
        <translation>میرا ریفرل</translation>
    </message>
    <message>
        <source>About my referral</source>
        <translation>میرے ریفرل کے بارے میں</translation>
    </message>
    <message>
        <source>My referrals</source>
        <translation>میرے ریفرل</translation>
    </message>
    <message>
        <source>Press Enter to change the referral.</source>
        <translation>ریفرل بدلنے کے لیے Enter دبائیں۔</translation>
    </message>
    <message>
        <source>&amp;Record a referral…</source>
        <translation>ریفرل &amp;درج کریں…</translation>
    </message>
    <message>
        <source>Record a new referral</source>
        <translation>نیا ریفرل درج کریں</translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>&amp;بدلیں…</translation>
    </message>
    <message>
        <source>Change the chosen referral</source>
        <translation>چنا ہوا ریفرل بدلیں</translation>
    </message>
    <message>
        <source>Find support</source>
        <translation>مدد تلاش کریں</translation>
    </message>
    <message>
        <source>Words to search for</source>
        <translation>تلاش کے الفاظ</translation>
    </message>
    <message>
        <source>For example: walking, food, carers</source>
        <translation>مثال کے طور پر: walking, food, carers</translation>
    </message>
    <message>
        <source>Borough</source>
        <translation>بورو</translation>
    </message>
    <message>
        <source>All of London</source>
        <translation>پورا لندن</translation>
    </message>
    <message>
        <source>Kind of support</source>
        <translation>مدد کی قسم</translation>
    </message>
    <message>
        <source>Any kind of support</source>
        <translation>کسی بھی قسم کی مدد</translation>
    </message>
    <message>
        <source>Day of the week</source>
        <translation>ہفتے کا دن</translation>
    </message>
    <message>
        <source>Any day</source>
        <translation>کوئی بھی دن</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>قیمت</translation>
    </message>
    <message>
        <source>Free or paid</source>
        <translation>مفت یا ادائیگی والی</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>مفت</translation>
    </message>
    <message>
        <source>£{amount}</source>
        <translation>£{amount}</translation>
    </message>
    <message>
        <source>There is a cost</source>
        <translation>اس کی قیمت ہے</translation>
    </message>
    <message>
        <source>Not known: ask the service</source>
        <translation>معلوم نہیں: سروس سے پوچھیں</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>کیا ہوتا ہے</translation>
    </message>
    <message>
        <source>Run by</source>
        <translation>چلانے والا</translation>
    </message>
    <message>
        <source>When</source>
        <translation>کب</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>کہاں</translation>
    </message>
    <message>
        <source>How to get there</source>
        <translation>وہاں کیسے پہنچیں</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>رابطہ</translation>
    </message>
    <message>
        <source>Accessibility</source>
        <translation>رسائی</translation>
    </message>
    <message>
        <source>No notes given: ask the service.</source>
        <translation>کوئی معلومات نہیں دی گئیں: سروس سے پوچھیں۔</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>ادائیگی والی</translation>
    </message>
    <message>
        <source>&amp;Search for</source>
        <translation>&amp;تلاش کریں</translation>
    </message>
    <message>
        <source>Services found</source>
        <translation>ملنے والی سروسز</translation>
    </message>
    <message>
        <source>Choose a service to read about it below.</source>
        <translation>نیچے اس کے بارے میں پڑھنے کے لیے ایک سروس چنیں۔</translation>
    </message>
    <message>
        <source>About the chosen service</source>
        <translation>چنی ہوئی سروس کے بارے میں</translation>
    </message>
    <message>
        <source>&amp;Add to my plan…</source>
        <translation>میرے منصوبے میں &amp;شامل کریں…</translation>
    </message>
    <message>
        <source>Add the chosen service to my plan</source>
        <translation>چنی ہوئی سروس میرے منصوبے میں شامل کریں</translation>
    </message>
    <message>
        <source>Going</source>
        <translation>جانا</translation>
    </message>
    <message>
        <source>No services in your plan yet. Find one and choose Add to my plan.</source>
        <translation>آپ کے منصوبے میں ابھی کوئی سروس نہیں۔ ایک ڈھونڈیں اور 'میرے منصوبے میں شامل کریں' چنیں۔</translation>
    </message>
    <message>
        <source>Sessions of the chosen service</source>
        <translation>چنی ہوئی سروس کے سیشن</translation>
    </message>
    <message>
        <source>Sessions I went to, by month</source>
        <translation>وہ سیشن جن میں میں گیا/گئی، مہینے کے حساب سے</translation>
    </message>
    <message>
        <source>Did it help?</source>
        <translation>کیا اس سے مدد ملی؟</translation>
    </message>
    <message>
        <source>Well-being check-ins</source>
        <translation>خیریت کے چیک اِن</translation>
    </message>
    <message>
        <source>Start the we&amp;ll-being check-in</source>
        <translation>خیریت کا &amp;چیک اِن شروع کریں</translation>
    </message>
    <message>
        <source>Open the well-being check-in (ONS4) in Check-ins</source>
        <translation>چیک اِن میں خیریت کا چیک اِن (ONS4) کھولیں</translation>
    </message>
    <message>
        <source>What changed since the first check-in</source>
        <translation>پہلے چیک اِن کے بعد کیا بدلا</translation>
    </message>
    <message>
        <source>Give &amp;feedback on this service…</source>
        <translation>اس سروس کے بارے میں &amp;رائے دیں…</translation>
    </message>
    <message>
        <source>Give feedback on the chosen service (Friends and Family Test)</source>
        <translation>چنی ہوئی سروس کے بارے میں رائے دیں (فرینڈز اینڈ فیملی ٹیسٹ)</translation>
    </message>
    <message>
        <source>Pr&amp;int a summary for my link worker…</source>
        <translation>میرے لنک ورکر کے لیے خلاصہ &amp;پرنٹ کریں…</translation>
    </message>
    <message>
        <source>Save a one-page summary for my link worker as a PDF</source>
        <translation>میرے لنک ورکر کے لیے ایک صفحے کا خلاصہ PDF کے طور پر محفوظ کریں</translation>
    </message>
    <message>
        <source>No referral recorded. If your GP or a link worker referred you to community support, choose Record a referral.</source>
        <translation>کوئی ریفرل درج نہیں۔ اگر آپ کے جی پی یا لنک ورکر نے آپ کو کمیونٹی کی مدد کے لیے ریفر کیا ہے تو 'ریفرل درج کریں' چنیں۔</translation>
    </message>
    <message>
        <source>{day}: {who}</source>
        <translation>{day}: {who}</translation>
    </message>
    <message>
        <source>Why: {reason}</source>
        <translation>کیوں: {reason}</translation>
    </message>
    <message>
        <source>Link worker: {name}</source>
        <translation>لنک ورکر: {name}</translation>
    </message>
    <message>
        <source>What matters to me: {words}</source>
        <translation>میرے لیے کیا اہم ہے: {words}</translation>
    </message>
    <message>
        <source>Well-being check-ins: {when}.</source>
        <translation>خیریت کے چیک اِن: {when}۔</translation>
    </message>
    <message>
        <source>Your referral is saved.</source>
        <translation>آپ کا ریفرل محفوظ ہو گیا۔</translation>
    </message>
    <message>
        <source>No list of services on this computer yet. In Taking part, turn on "Download the list of local services" and press Sync now once; after that, searching works without the internet.</source>
        <translation>اس کمپیوٹر پر ابھی سروسز کی فہرست نہیں ہے۔ 'شرکت' میں 'مقامی سروسز کی فہرست ڈاؤن لوڈ کریں' آن کریں اور ایک بار 'ابھی ہم آہنگ کریں' دبائیں؛ اس کے بعد تلاش انٹرنیٹ کے بغیر کام کرتی ہے۔</translation>
    </message>
    <message>
        <source>Services found: {count}</source>
        <translation>ملنے والی سروسز: {count}</translation>
    </message>
    <message>
        <source>Added to your plan: {name}.</source>
        <translation>آپ کے منصوبے میں شامل ہو گیا: {name}۔</translation>
    </message>
    <message numerus="yes">
        <location line="+0" />
        <source>Went {went} times, missed {missed}. Last time: {day}, {state}.</source>
        <translation>
            <numerusform>{went} بار گیا/گئی، {missed} بار نہیں۔ پچھلی بار: {day}، {state}۔</numerusform>
            <numerusform>{went} بار گیا/گئی، {missed} بار نہیں۔ پچھلی بار: {day}، {state}۔</numerusform>
        </translation>
    </message>
    <message>
        <source>Why not: {reasons}</source>
        <translation>کیوں نہیں: {reasons}</translation>
    </message>
    <message>
        <source>No sessions recorded yet.</source>
        <translation>ابھی کوئی سیشن درج نہیں۔</translation>
    </message>
    <message>
        <source>went {went} of {all}</source>
        <translation>{all} میں سے {went} بار گیا/گئی</translation>
    </message>
    <message>
        <source>Sessions of {name} I went to, by month</source>
        <translation>{name} کے سیشن جن میں میں گیا/گئی، مہینے کے حساب سے</translation>
    </message>
    <message>
        <source>Once you record a referral, a short well-being check-in is offered at the start and after some weeks, to see what changed.</source>
        <translation>جب آپ ریفرل درج کریں گے تو شروع میں اور کچھ ہفتوں بعد خیریت کا ایک مختصر چیک اِن پیش کیا جائے گا، تاکہ دیکھا جا سکے کہ کیا بدلا۔</translation>
    </message>
    <message>
        <source>A well-being check-in is due now ({when}).</source>
        <translation>خیریت کا چیک اِن اب کرنا ہے ({when})۔</translation>
    </message>
    <message>
        <source>No well-being check-in is due now.</source>
        <translation>ابھی خیریت کا کوئی چیک اِن باقی نہیں۔</translation>
    </message>
    <message>
        <source>{when}: done on {day}</source>
        <translation>{when}: {day} کو مکمل</translation>
    </message>
    <message>
        <source>{when}: due now, until {day}</source>
        <translation>{when}: اب، {day} تک</translation>
    </message>
    <message>
        <source>{when}: from {day}</source>
        <translation>{when}: {day} سے</translation>
    </message>
    <message>
        <source>{when}: missed</source>
        <translation>{when}: رہ گیا</translation>
    </message>
    <message>
        <source>Two check-ins are needed before we can show a change.</source>
        <translation>تبدیلی دکھانے سے پہلے دو چیک اِن درکار ہیں۔</translation>
    </message>
    <message>
        <source>What changed from {first} to {last}:</source>
        <translation>{first} سے {last} تک کیا بدلا:</translation>
    </message>
    <message>
        <source>no change</source>
        <translation>کوئی تبدیلی نہیں</translation>
    </message>
    <message>
        <source>better by {n}</source>
        <translation>{n} بہتر</translation>
    </message>
    <message>
        <source>worse by {n}</source>
        <translation>{n} بدتر</translation>
    </message>
    <message>
        <source>{name}: {before} to {after} ({how})</source>
        <translation>{name}: {before} سے {after} ({how})</translation>
    </message>
    <message>
        <source>For anxiety, a lower number is better.</source>
        <translation>بے چینی کے لیے کم نمبر بہتر ہے۔</translation>
    </message>
    <message>
        <source>To give feedback, first turn on "Send feedback about services" in Taking part, under Choices.</source>
        <translation>رائے دینے کے لیے پہلے 'شرکت' میں 'انتخاب' کے تحت 'سروسز کے بارے میں رائے بھیجیں' آن کریں۔</translation>
    </message>
    <message>
        <source>This service is no longer in the list of local services, so feedback cannot be sent about it.</source>
        <translation>یہ سروس اب مقامی سروسز کی فہرست میں نہیں ہے، اس لیے اس کے بارے میں رائے نہیں بھیجی جا سکتی۔</translation>
    </message>
    <message>
        <source>Added to the send list. You can check it in Taking part.</source>
        <translation>بھیجنے کی فہرست میں شامل ہو گیا۔ آپ اسے 'شرکت' میں دیکھ سکتے ہیں۔</translation>
    </message>
    <message>
        <source>Save the summary for my link worker</source>
        <translation>میرے لنک ورکر کے لیے خلاصہ محفوظ کریں</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF فائلیں (*.pdf)</translation>
    </message>
    <message>
        <source>Saved the summary for your link worker to {path}.</source>
        <translation>آپ کے لنک ورکر کے لیے خلاصہ {path} میں محفوظ ہو گیا۔</translation>
    </message>
    <message>
        <source>Saving the summary as a PDF…</source>
        <translation>خلاصہ PDF کے طور پر محفوظ ہو رہا ہے…</translation>
    </message>
    <message>
        <location filename="../../ui/views/social.py" />
        <source>Share what h&amp;elped…</source>
        <translation>جو مدد ملی وہ &amp;شیئر کریں…</translation>
    </message>
    <message>
        <location filename="../../ui/views/social.py" />
        <source>Share what changed for me with the chosen service's kind, with random noise</source>
        <translation>منتخب سروس کی قسم کے ساتھ، بے ترتیب شور ملا کر، شیئر کریں کہ میرے لیے کیا بدلا</translation>
    </message>
    <message>
        <location filename="../../ui/views/social.py" />
        <source>Share what helped</source>
        <translation>جو مدد ملی وہ شیئر کریں</translation>
    </message>
    <message>
        <location filename="../../ui/views/social.py" />
        <source>Send the kind of service ({category}), its borough, about how many times you went, and how much your four well-being scores changed, with random noise mixed in? Never the service's name, your scores themselves, or dates.</source>
        <translation>سروس کی قسم ({category})، اس کا بورو، آپ تقریباً کتنی بار گئے، اور آپ کے چار خیریت کے اسکور کتنے بدلے، بے ترتیب شور ملا کر بھیجیں؟ کبھی سروس کا نام، آپ کے اصل اسکور، یا تاریخیں نہیں۔</translation>
    </message>
</context>
</TS>
