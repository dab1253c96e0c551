<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ur" sourcelanguage="en_GB">
<context>
    <name></name>
    <message>
        <location filename="../../ui/views/participation.py" line="+119"/>
        <source>Feedback on a service: {rating}</source>
        <translation>کسی سروس کے بارے میں رائے: {rating}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Survey answer</source>
        <translation>سروے کا جواب</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wellbeing scores (with random noise)</source>
        <translation>خوشحالی کے اسکور (بے ترتیب شور کے ساتھ)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>What you are agreeing to</source>
        <translation>آپ کس بات پر رضامند ہو رہے ہیں</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Version {version} of this text.</source>
        <translation>اس متن کا ورژن {version}۔</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>I agree</source>
        <translation>میں رضامند ہوں</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <source>Not now</source>
        <translation>ابھی نہیں</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>I agree to: {title}</source>
        <translation>میں اس پر رضامند ہوں: {title}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Feedback on {name}</source>
        <translation>{name} کے بارے میں رائے</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Anything you want to add? (You do not have to.) Please do not write your name or health details.</source>
        <translation>کچھ اور کہنا چاہتے ہیں؟ (ضروری نہیں۔) براہ کرم اپنا نام یا صحت کی تفصیل نہ لکھیں۔</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your comment</source>
        <translation>آپ کا تبصرہ</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+2"/>
        <source>Add to the send list</source>
        <translation>بھیجنے کی فہرست میں شامل کریں</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+61"/>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>منسوخ کریں</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>Choose an answer first.</source>
        <translation>پہلے ایک جواب چنیں۔</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Please keep your comment under 2,000 characters.</source>
        <translation>براہ کرم اپنا تبصرہ 2,000 حروف سے کم رکھیں۔</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Your own words for: {question}</source>
        <translation>اپنے الفاظ میں: {question}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your own words (you do not have to)</source>
        <translation>اپنے الفاظ میں (ضروری نہیں)</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+2"/>
        <source>Add my answers to the send list</source>
        <translation>میرے جوابات بھیجنے کی فہرست میں شامل کریں</translation>
    </message>
    <message>
        <location line="+440"/>
        <source>Set the server address first.</source>
        <translation>پہلے سرور کا پتہ درج کریں۔</translation>
    </message>
</context>
<context>
    <name>ActionDialog</name>
    <message>
        <location filename="../../ui/dialogs/plan_items.py" line="+97"/>
        <source>Change an action</source>
        <translation>کام بدلیں</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New action</source>
        <translation>نیا کام</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What will be done</source>
        <translation>کیا کیا جائے گا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For example: Walk with Priya</source>
        <translation>مثال کے طور پر: پریا کے ساتھ سیر</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who does it</source>
        <translation>یہ کون کرے گا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Me</source>
        <translation>میں</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Which goal it helps with</source>
        <translation>یہ کس مقصد میں مدد کرتا ہے</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No goal</source>
        <translation>کوئی مقصد نہیں</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How often</source>
        <translation>کتنی بار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Once</source>
        <translation>ایک بار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every day or every few days</source>
        <translation>ہر روز یا ہر چند دن بعد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every week or every few weeks</source>
        <translation>ہر ہفتے یا ہر چند ہفتے بعد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every month or every few months</source>
        <translation>ہر مہینے یا ہر چند مہینے بعد</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Repeat every</source>
        <translation>ہر بار دہرائیں</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Start date</source>
        <translation>شروع کی تاریخ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop on a date</source>
        <translation>کسی تاریخ پر روک دیں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop repeating on a date</source>
        <translation>کسی تاریخ پر دہرانا بند کریں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last date</source>
        <translation>آخری تاریخ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On a set date</source>
        <translation>ایک مقررہ تاریخ پر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do it on a set date</source>
        <translation>اسے ایک مقررہ تاریخ پر کریں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date to do it</source>
        <translation>کرنے کی تاریخ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Done</source>
        <translation>ہو گیا (&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This action is done</source>
        <translation>یہ کام ہو گیا ہے</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;What</source>
        <translation>کیا (&amp;W)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wh&amp;o</source>
        <translation>کون (&amp;O)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Goal</source>
        <translation>مقصد (&amp;G)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Repeat</source>
        <translation>دہرائیں (&amp;R)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>E&amp;very</source>
        <translation>ہر (&amp;V)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>On these days</source>
        <translation>ان دنوں میں</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;From</source>
        <translation>سے (&amp;F)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Until</source>
        <translation>تک</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>When</source>
        <translation>کب</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Keep this action</source>
        <translation>یہ کام رکھیں</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>day</source>
        <translation>دن</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>days</source>
        <translation>دن</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>week</source>
        <translation>ہفتہ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>weeks</source>
        <translation>ہفتے</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>month</source>
        <translation>مہینہ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>months</source>
        <translation>مہینے</translation>
    </message>
</context>
<context>
    <name>AlertPanel</name>
    <message>
        <location filename="../../ui/views/checkins.py" line="+103"/>
        <source>Please get help now</source>
        <translation>براہ کرم ابھی مدد حاصل کریں</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <location filename="../../ui/widgets/banner.py" line="+41"/>
        <source>Message</source>
        <translation>پیغام</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Dismiss</source>
        <translation>ہٹائیں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dismiss this message</source>
        <translation>یہ پیغام ہٹائیں</translation>
    </message>
</context>
<context>
    <name>CheckinsView</name>
    <message>
        <location filename="../../ui/views/checkins.py" line="-49"/>
        <source>PHQ-9 score</source>
        <translation>PHQ-9 اسکور</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GAD-7 score</source>
        <translation>GAD-7 اسکور</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Life satisfaction</source>
        <translation>زندگی سے اطمینان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Feeling that life is worthwhile</source>
        <translation>یہ احساس کہ زندگی قابل قدر ہے</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Happiness yesterday</source>
        <translation>کل کی خوشی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anxiety yesterday</source>
        <translation>کل کی پریشانی</translation>
    </message>
    <message>
        <location line="+374"/>
        <location line="+20"/>
        <source>Check-ins</source>
        <translation>چیک اِن</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Questionnaires</source>
        <translation>سوالنامے</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>How it has gone</source>
        <translation>اب تک کیسا رہا</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Short questionnaires about how you feel. Your answers stay on this computer.</source>
        <translation>مختصر سوالنامے کہ آپ کیسا محسوس کرتے ہیں۔ آپ کے جوابات اسی کمپیوٹر پر رہتے ہیں۔</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Check-in saved.</source>
        <translation>چیک اِن محفوظ ہو گیا۔</translation>
    </message>
</context>
<context>
    <name>CoreMessages</name>
    <message>
        <location filename="../../ui/forms.py" line="+148"/>
        <source>That passphrase does not open this profile.</source>
        <translation>یہ پاس ورڈ اس پروفائل کو نہیں کھولتا۔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This profile is not remembered on this computer.</source>
        <translation>یہ کمپیوٹر اس پروفائل کو یاد نہیں رکھتا۔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give the profile a name.</source>
        <translation>پروفائل کا نام لکھیں۔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Profile names can be up to 40 characters.</source>
        <translation>پروفائل کا نام زیادہ سے زیادہ 40 حروف کا ہو سکتا ہے۔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Profile names cannot contain control characters.</source>
        <translation>پروفائل کے نام میں کنٹرول حروف نہیں ہو سکتے۔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use a passphrase of at least 4 characters.</source>
        <translation>کم از کم 4 حروف کا پاس ورڈ استعمال کریں۔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The profile is locked.</source>
        <translation>پروفائل لاک ہے۔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This computer has no secure keyring, so it cannot remember you.</source>
        <translation>اس کمپیوٹر میں محفوظ کی رِنگ نہیں ہے، اس لیے یہ آپ کو یاد نہیں رکھ سکتا۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The remembered key is damaged. Unlock with your passphrase.</source>
        <translation>یاد رکھی گئی چابی خراب ہے۔ اپنے پاس ورڈ سے کھولیں۔</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Too many wrong tries. Wait %1 seconds, then try again.</source>
        <translation>بہت زیادہ غلط کوششیں۔ %1 سیکنڈ انتظار کریں، پھر دوبارہ کوشش کریں۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is already a profile called “%1”.</source>
        <translation>“%1” نام کا پروفائل پہلے سے موجود ہے۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no profile called “%1” here.</source>
        <translation>یہاں “%1” نام کا کوئی پروفائل نہیں ہے۔</translation>
    </message>
</context>
<context>
    <name>Forms</name>
    <message>
        <location line="-34"/>
        <source>Too short. Use at least 4 characters.</source>
        <translation>بہت چھوٹا ہے۔ کم از کم 4 حروف استعمال کریں۔</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Strong. This passphrase is hard to guess.</source>
        <translation>مضبوط۔ اس پاس ورڈ کا اندازہ لگانا مشکل ہے۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Good. One more word would make it stronger.</source>
        <translation>اچھا ہے۔ ایک اور لفظ اسے زیادہ مضبوط بنا دے گا۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Weak. Try 3 or 4 random words, like “yellow kettle river lamp”.</source>
        <translation>کمزور۔ 3 یا 4 بے ترتیب الفاظ آزمائیں، جیسے “پیلی کیتلی دریا چراغ”۔</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>This computer ran out of memory. Close some other programs and try again.</source>
        <translation>اس کمپیوٹر کی میموری ختم ہو گئی۔ کچھ دوسرے پروگرام بند کریں اور دوبارہ کوشش کریں۔</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Health Planner could not read or save a file. Check the disk or USB stick is plugged in and not full, then try again.</source>
        <translation>ہیلتھ پلانر فائل پڑھ یا محفوظ نہیں کر سکا۔ دیکھیں کہ ڈسک یا یو ایس بی لگی ہوئی ہے اور بھری ہوئی نہیں ہے، پھر دوبارہ کوشش کریں۔</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sorry, something went wrong. Nothing was changed. Please try again. If it keeps happening, close Health Planner and open it again.</source>
        <translation>معاف کیجیے، کچھ غلط ہو گیا۔ کچھ بھی تبدیل نہیں ہوا۔ براہ کرم دوبارہ کوشش کریں۔ اگر ایسا بار بار ہو تو ہیلتھ پلانر بند کر کے دوبارہ کھولیں۔</translation>
    </message>
</context>
<context>
    <name>GoalDialog</name>
    <message>
        <location filename="../../ui/dialogs/goal_editor.py" line="+60"/>
        <source>Change a goal</source>
        <translation>مقصد بدلیں</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New goal</source>
        <translation>نیا مقصد</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What is your goal?</source>
        <translation>آپ کا مقصد کیا ہے؟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For example: Walk 7,000 steps a day</source>
        <translation>مثال کے طور پر: روزانہ 7,000 قدم چلنا</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Why it matters to you</source>
        <translation>یہ آپ کے لیے کیوں اہم ہے</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How you will measure it</source>
        <translation>آپ اسے کیسے ناپیں گے</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I will not measure it</source>
        <translation>میں اسے نہیں ناپوں گا</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+133"/>
        <source>Target</source>
        <translation>ہدف</translation>
    </message>
    <message>
        <location line="-130"/>
        <source>Is more better, or less?</source>
        <translation>زیادہ بہتر ہے یا کم؟</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Start date</source>
        <translation>شروع کی تاریخ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I want to reach it &amp;by a date</source>
        <translation>میں اسے کسی تاریخ تک حاصل کرنا چاہتا ہوں (&amp;B)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set a date to reach it by</source>
        <translation>اسے حاصل کرنے کی تاریخ مقرر کریں</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Date to reach it by</source>
        <translation>حاصل کرنے کی تاریخ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where this goal stands</source>
        <translation>یہ مقصد کس حال میں ہے</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add it to my &amp;care plan</source>
        <translation>اسے میرے نگہداشت کے منصوبے میں شامل کریں (&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add this goal to my care plan</source>
        <translation>یہ مقصد میرے نگہداشت کے منصوبے میں شامل کریں</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Goal</source>
        <translation>مقصد (&amp;G)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Why it matters</source>
        <translation>یہ کیوں اہم ہے (&amp;W)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Measure with</source>
        <translation>کس سے ناپیں (&amp;M)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Target</source>
        <translation>ہدف (&amp;T)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Start</source>
        <translation>شروع (&amp;S)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reach it by</source>
        <translation>تک حاصل کریں</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stat&amp;us</source>
        <translation>حالت (&amp;U)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save this goal</source>
        <translation>یہ مقصد محفوظ کریں</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel without saving</source>
        <translation>محفوظ کیے بغیر منسوخ کریں</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>out of 10</source>
        <translation>10 میں سے</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(1 for yes, 0 for no)</source>
        <translation>(ہاں کے لیے 1، نہیں کے لیے 0)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Target in {unit}</source>
        <translation>ہدف {unit} میں</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Enter the number you are aiming for, like 85 or 7000.</source>
        <translation>وہ عدد لکھیں جس تک آپ پہنچنا چاہتے ہیں، جیسے 85 یا 7000۔</translation>
    </message>
</context>
<context>
    <name>GoalsView</name>
    <message>
        <location filename="../../ui/views/goals.py" line="+67"/>
        <location line="+66"/>
        <source>What matters to me and my goals</source>
        <translation>میرے لیے کیا اہم ہے اور میرے مقاصد</translation>
    </message>
    <message>
        <location line="-60"/>
        <location line="+1"/>
        <source>What matters to me</source>
        <translation>میرے لیے کیا اہم ہے</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Something that matters to you</source>
        <translation>کوئی چیز جو آپ کے لیے اہم ہے</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The things that matter most to you. They are part of your plan.</source>
        <translation>وہ چیزیں جو آپ کے لیے سب سے زیادہ اہم ہیں۔ یہ آپ کے منصوبے کا حصہ ہیں۔</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+2"/>
        <source>My goals</source>
        <translation>میرے مقاصد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Press Enter to change the chosen goal.</source>
        <translation>چنا ہوا مقصد بدلنے کے لیے Enter دبائیں۔</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;New goal…</source>
        <translation>نیا مقصد… (&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make a new goal</source>
        <translation>نیا مقصد بنائیں</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Change…</source>
        <translation>بدلیں… (&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the chosen goal</source>
        <translation>چنا ہوا مقصد بدلیں</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark as d&amp;one</source>
        <translation>مکمل نشان لگائیں (&amp;O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark the chosen goal as done</source>
        <translation>چنے ہوئے مقصد پر مکمل کا نشان لگائیں</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Put on &amp;hold</source>
        <translation>روک دیں (&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put the chosen goal on hold</source>
        <translation>چنا ہوا مقصد روک دیں</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Start again</source>
        <translation>دوبارہ شروع کریں (&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start working on the chosen goal again</source>
        <translation>چنے ہوئے مقصد پر دوبارہ کام شروع کریں</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>You have no goals yet. Choose New goal to make one.</source>
        <translation>آپ کا ابھی کوئی مقصد نہیں ہے۔ نیا بنانے کے لیے “نیا مقصد” چنیں۔</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+5"/>
        <source>Progress</source>
        <translation>پیش رفت</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Why it matters</source>
        <translation>یہ کیوں اہم ہے</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>This goal is not measured with a tracker.</source>
        <translation>یہ مقصد کسی ٹریکر سے نہیں ناپا جاتا۔</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Target: {target}. Nothing logged since the start yet.</source>
        <translation>ہدف: {target}۔ شروع سے اب تک کچھ درج نہیں ہوا۔</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Latest: {latest}. Target: {target}. You have reached it!</source>
        <translation>تازہ ترین: {latest}۔ ہدف: {target}۔ آپ نے اسے حاصل کر لیا!</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Latest: {latest}. Target: {target}. You are {percent}% of the way there.</source>
        <translation>تازہ ترین: {latest}۔ ہدف: {target}۔ آپ {percent}% راستہ طے کر چکے ہیں۔</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Target: {target}</source>
        <translation>ہدف: {target}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>By {day}</source>
        <translation>{day} تک</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Changed what matters to me.</source>
        <translation>میرے لیے کیا اہم ہے، بدل دیا گیا۔</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved. Your plan has a new version.</source>
        <translation>محفوظ ہو گیا۔ آپ کے منصوبے کا نیا ورژن بن گیا ہے۔</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Added the goal: {title}</source>
        <translation>مقصد شامل ہو گیا: {title}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Goal saved.</source>
        <translation>مقصد محفوظ ہو گیا۔</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Well done! The goal is marked as done.</source>
        <translation>شاباش! مقصد پر مکمل کا نشان لگ گیا ہے۔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The goal is on hold. You can start again any time.</source>
        <translation>مقصد روک دیا گیا ہے۔ آپ کسی بھی وقت دوبارہ شروع کر سکتے ہیں۔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You are working on this goal again.</source>
        <translation>آپ اس مقصد پر دوبارہ کام کر رہے ہیں۔</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved.</source>
        <translation>محفوظ ہو گیا۔</translation>
    </message>
</context>
<context>
    <name>ItemListEditor</name>
    <message>
        <location filename="../../ui/views/plan.py" line="+89"/>
        <source>Press Enter to change the chosen one.</source>
        <translation>چنی ہوئی چیز بدلنے کے لیے Enter دبائیں۔</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add {noun}…</source>
        <translation>شامل کریں: {noun}…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add {noun}</source>
        <translation>شامل کریں: {noun}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change…</source>
        <translation>بدلیں…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the chosen {noun}</source>
        <translation>چنی ہوئی چیز بدلیں: {noun}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove</source>
        <translation>ہٹائیں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the chosen {noun}</source>
        <translation>چنی ہوئی چیز ہٹائیں: {noun}</translation>
    </message>
</context>
<context>
    <name>LogEntryDialog</name>
    <message>
        <location filename="../../ui/dialogs/log_entry.py" line="+43"/>
        <source>Change a log entry</source>
        <translation>اندراج بدلیں</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a log entry</source>
        <translation>اندراج شامل کریں</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What you are logging</source>
        <translation>آپ کیا درج کر رہے ہیں</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Value</source>
        <translation>قدر</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Value from 0 to 10</source>
        <translation>0 سے 10 تک قدر</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Yes</source>
        <translation>ہاں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No</source>
        <translation>نہیں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes or no</source>
        <translation>ہاں یا نہیں</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What you want to write</source>
        <translation>آپ کیا لکھنا چاہتے ہیں</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>When</source>
        <translation>کب</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Note (you can leave this empty)</source>
        <translation>نوٹ (آپ اسے خالی چھوڑ سکتے ہیں)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;What</source>
        <translation>کیا (&amp;W)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Value</source>
        <translation>قدر (&amp;V)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>W&amp;hen</source>
        <translation>کب (&amp;H)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Note</source>
        <translation>نوٹ (&amp;N)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save this entry</source>
        <translation>یہ اندراج محفوظ کریں</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel without saving</source>
        <translation>محفوظ کیے بغیر منسوخ کریں</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>In {unit}</source>
        <translation>{unit} میں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value in {unit}</source>
        <translation>قدر {unit} میں</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Choose what you are logging.</source>
        <translation>چنیں کہ آپ کیا درج کر رہے ہیں۔</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This time is in the future. Check the date.</source>
        <translation>یہ وقت مستقبل میں ہے۔ تاریخ چیک کریں۔</translation>
    </message>
</context>
<context>
    <name>LogTableModel</name>
    <message>
        <location filename="../../ui/models/logs.py" line="+45"/>
        <source>When</source>
        <translation>کب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What</source>
        <translation>کیا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value</source>
        <translation>قدر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>نوٹ</translation>
    </message>
</context>
<context>
    <name>LogsView</name>
    <message>
        <location filename="../../ui/views/logs.py" line="+65"/>
        <location line="+95"/>
        <source>Logs</source>
        <translation>اندراجات</translation>
    </message>
    <message>
        <location line="-82"/>
        <source>&amp;Add an entry…</source>
        <translation>اندراج شامل کریں… (&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a log entry</source>
        <translation>اندراج شامل کریں</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Change…</source>
        <translation>بدلیں… (&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the chosen entry</source>
        <translation>چنا ہوا اندراج بدلیں</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete</source>
        <translation>مٹائیں (&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the chosen entry</source>
        <translation>چنا ہوا اندراج مٹائیں</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Track something &amp;new…</source>
        <translation>کچھ نیا ٹریک کریں… (&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start tracking something new</source>
        <translation>کچھ نیا ٹریک کرنا شروع کریں</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show entries for</source>
        <translation>اندراجات دکھائیں برائے</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show entries from</source>
        <translation>اس مدت کے اندراجات دکھائیں</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All time</source>
        <translation>تمام وقت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 7 days</source>
        <translation>پچھلے 7 دن</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 30 days</source>
        <translation>پچھلے 30 دن</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 12 months</source>
        <translation>پچھلے 12 مہینے</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose dates</source>
        <translation>تاریخیں چنیں</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>From date</source>
        <translation>اس تاریخ سے</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>To date</source>
        <translation>اس تاریخ تک</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Number of entries</source>
        <translation>اندراجات کی تعداد</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Log history</source>
        <translation>اندراجات کی تاریخ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Newest first. Press Enter to change an entry, Delete to delete it.</source>
        <translation>سب سے نئے پہلے۔ اندراج بدلنے کے لیے Enter، مٹانے کے لیے Delete دبائیں۔</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Chart of</source>
        <translation>چارٹ برائے</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Show:</source>
        <translation>دکھائیں (&amp;S):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;From:</source>
        <translation>سے (&amp;F):</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>to</source>
        <translation>تک</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>C&amp;hart of:</source>
        <translation>چارٹ برائے (&amp;H):</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Everything</source>
        <translation>سب کچھ</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>1 entry</source>
        <translation>1 اندراج</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n entries</source>
        <translation>
            <numerusform>%n اندراج</numerusform>
            <numerusform>%n اندراجات</numerusform>
        </translation>
    </message>
    <message>
        <location line="+62"/>
        <source>There is nothing to log yet.</source>
        <translation>ابھی درج کرنے کو کچھ نہیں ہے۔</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>You can now log {label}.</source>
        <translation>اب آپ {label} درج کر سکتے ہیں۔</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Entry added.</source>
        <translation>اندراج شامل ہو گیا۔</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Entry changed.</source>
        <translation>اندراج بدل گیا۔</translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>Entry deleted. You can undo this for %n seconds.</source>
        <translation>
            <numerusform>اندراج مٹ گیا۔ آپ %n سیکنڈ تک اسے واپس لا سکتے ہیں۔</numerusform>
            <numerusform>اندراج مٹ گیا۔ آپ %n سیکنڈ تک اسے واپس لا سکتے ہیں۔</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo</source>
        <translation>واپس لائیں (&amp;U)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The entry is back.</source>
        <translation>اندراج واپس آ گیا۔</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/mainwindow.py" line="+196"/>
        <location line="+212"/>
        <source>Health Planner</source>
        <translation>ہیلتھ پلانر</translation>
    </message>
    <message>
        <location line="-211"/>
        <source>&amp;Profile</source>
        <translation>پروفائل (&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Lock</source>
        <translation>لاک کریں (&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Switch profile</source>
        <translation>پروفائل بدلیں (&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>بند کریں (&amp;Q)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Go to</source>
        <translation>جائیں (&amp;G)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>مدد (&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Health Planner</source>
        <translation>ہیلتھ پلانر کے بارے میں (&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loc&amp;k</source>
        <translation>لاک کریں (&amp;K)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lock Health Planner</source>
        <translation>ہیلتھ پلانر لاک کریں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lock now (Ctrl+L)</source>
        <translation>ابھی لاک کریں (Ctrl+L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Screens</source>
        <translation>اسکرینیں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Working…</source>
        <translation>کام جاری ہے…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Working, please wait</source>
        <translation>کام جاری ہے، براہ کرم انتظار کریں</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+123"/>
        <source>Profile: %1</source>
        <translation>پروفائل: %1</translation>
    </message>
    <message>
        <location line="-107"/>
        <source>Settings</source>
        <translation>ترتیبات</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>Unlocked.</source>
        <translation>کھل گیا۔</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Locked. Type your passphrase to carry on.</source>
        <translation>لاک ہو گیا۔ جاری رکھنے کے لیے اپنا پاس ورڈ لکھیں۔</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Problem</source>
        <translation>مسئلہ</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>About Health Planner</source>
        <translation>ہیلتھ پلانر کے بارے میں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Health Planner, version %1</source>
        <translation>ہیلتھ پلانر، ورژن %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Plan and keep track of your own health and care. Your information stays on this computer, locked with your passphrase.

Fonts: Noto Sans and Noto Naskh Arabic, SIL Open Font License 1.1.</source>
        <translation>اپنی صحت اور دیکھ بھال کی منصوبہ بندی کریں اور اس پر نظر رکھیں۔ آپ کی معلومات اسی کمپیوٹر پر رہتی ہیں، آپ کے پاس ورڈ سے لاک۔

فونٹ: Noto Sans اور Noto Naskh Arabic، لائسنس SIL Open Font License 1.1۔</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <location filename="../../ui/views/__init__.py" line="+20"/>
        <source>Today</source>
        <translation>آج</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What matters and goals</source>
        <translation>اہم باتیں اور مقاصد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My plan</source>
        <translation>میرا منصوبہ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logs</source>
        <translation>اندراجات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check-ins</source>
        <translation>چیک اِن</translation>
    </message>
</context>
<context>
    <name>ParticipationView</name>
    <message>
        <location filename="../../ui/views/participation.py" line="-412"/>
        <source>Taking part</source>
        <translation>شرکت</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Share your views with local services and see what other people say. Nothing leaves this computer unless you agree, one kind at a time.</source>
        <translation>مقامی سروسز کو اپنی رائے دیں اور دیکھیں کہ دوسرے لوگ کیا کہتے ہیں۔ آپ کی اجازت کے بغیر کچھ بھی اس کمپیوٹر سے باہر نہیں جاتا، ہر قسم کے لیے الگ الگ۔</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Taking part sections</source>
        <translation>شرکت کے حصے</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Choices</source>
        <translation>انتخاب (&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Local &amp;services</source>
        <translation>مقامی سروسز (&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Su&amp;rveys</source>
        <translation>سروے (&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;What people say</source>
        <translation>لوگ کیا کہتے ہیں (&amp;W)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent and &amp;waiting</source>
        <translation>بھیجے گئے اور منتظر (&amp;W)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Read and choose</source>
        <translation>پڑھیں اور چنیں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read and choose: {title}</source>
        <translation>پڑھیں اور چنیں: {title}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop sharing</source>
        <translation>شیئر کرنا بند کریں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop: {title}</source>
        <translation>بند کریں: {title}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Participation server</source>
        <translation>شرکت کا سرور</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Participation server address</source>
        <translation>شرکت کے سرور کا پتہ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save address</source>
        <translation>پتہ محفوظ کریں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the server address</source>
        <translation>سرور کا پتہ محفوظ کریں</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Address:</source>
        <translation>پتہ (&amp;A):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Last sync:</source>
        <translation>آخری ہم آہنگی:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;ync now</source>
        <translation>ابھی ہم آہنگ کریں (&amp;Y)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync now</source>
        <translation>ابھی ہم آہنگ کریں</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sync progress</source>
        <translation>ہم آہنگی کی پیش رفت</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>What are you looking for? e.g. walking, food</source>
        <translation>آپ کیا ڈھونڈ رہے ہیں؟ مثلاً سیر، کھانا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search local services</source>
        <translation>مقامی سروسز تلاش کریں</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Borough</source>
        <translation>بورو</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All of London</source>
        <translation>پورا لندن</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Find:</source>
        <translation>تلاش (&amp;F):</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Services found</source>
        <translation>ملنے والی سروسز</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>About this service</source>
        <translation>اس سروس کے بارے میں</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Give &amp;feedback on this service</source>
        <translation>اس سروس کے بارے میں رائے دیں (&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give feedback on this service</source>
        <translation>اس سروس کے بارے میں رائے دیں</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Open surveys</source>
        <translation>کھلے سروے</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Answer this survey</source>
        <translation>اس سروے کا جواب دیں (&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answer the chosen survey</source>
        <translation>چنے ہوئے سروے کا جواب دیں</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Share how you feel (wellbeing)</source>
        <translation>بتائیں کہ آپ کیسا محسوس کرتے ہیں (خوشحالی)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your borough</source>
        <translation>آپ کا بورو</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Share my latest scores</source>
        <translation>میرے تازہ ترین اسکور شیئر کریں</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Share my latest wellbeing scores</source>
        <translation>میرے خوشحالی کے تازہ ترین اسکور شیئر کریں</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>What people say</source>
        <translation>لوگ کیا کہتے ہیں</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Waiting to be sent. Choose one to see exactly what will be sent.</source>
        <translation>بھیجے جانے کے منتظر۔ ایک چنیں تاکہ ٹھیک ٹھیک دیکھ سکیں کہ کیا بھیجا جائے گا۔</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Waiting to be sent</source>
        <translation>بھیجے جانے کے منتظر</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exactly what will be sent</source>
        <translation>ٹھیک ٹھیک کیا بھیجا جائے گا</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Do not send this</source>
        <translation>یہ نہ بھیجیں (&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do not send the chosen item</source>
        <translation>چنی ہوئی چیز نہ بھیجیں</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Already sent</source>
        <translation>پہلے ہی بھیج دیا گیا</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Already sent: what, when and where</source>
        <translation>پہلے ہی بھیجا گیا: کیا، کب اور کہاں</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>On. You agreed on {day}.</source>
        <translation>آن۔ آپ نے {day} کو رضامندی دی۔</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Off. The text has changed; please read it again.</source>
        <translation>آف۔ متن بدل گیا ہے؛ براہ کرم اسے دوبارہ پڑھیں۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Off. You stopped this on {day}.</source>
        <translation>آف۔ آپ نے اسے {day} کو بند کیا۔</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Off. Nothing is shared.</source>
        <translation>آف۔ کچھ بھی شیئر نہیں ہو رہا۔</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Never</source>
        <translation>کبھی نہیں</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No list of services yet. Turn on &quot;Download the list of local services&quot; in Choices, then press Sync now.</source>
        <translation>ابھی سروسز کی کوئی فہرست نہیں۔ انتخاب میں “مقامی سروسز کی فہرست ڈاؤن لوڈ کریں” آن کریں، پھر “ابھی ہم آہنگ کریں” دبائیں۔</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{count} services found.</source>
        <translation>{count} سروسز ملیں۔</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Turn on &quot;Answer local surveys and consultations&quot; in Choices to see them.</source>
        <translation>انہیں دیکھنے کے لیے انتخاب میں “مقامی سروے اور مشاورت کا جواب دیں” آن کریں۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No open surveys right now. Press Sync now to check.</source>
        <translation>ابھی کوئی کھلا سروے نہیں۔ دیکھنے کے لیے “ابھی ہم آہنگ کریں” دبائیں۔</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open surveys. Answer only what you want to.</source>
        <translation>کھلے سروے۔ صرف وہی جواب دیں جو آپ چاہیں۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{title} (closes {day})</source>
        <translation>{title} ({day} کو بند ہوگا)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Turn on &quot;Share how you feel, privately&quot; in Choices to use this.</source>
        <translation>اسے استعمال کرنے کے لیے انتخاب میں “نجی طور پر بتائیں کہ آپ کیسا محسوس کرتے ہیں” آن کریں۔</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fill in the four wellbeing questions in Check-ins first.</source>
        <translation>پہلے چیک اِن میں خوشحالی کے چار سوالوں کے جواب دیں۔</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your scores from {day} will be mixed with random noise before they leave. About {n} in 10 of the numbers sent will be your real answers; the rest are random. No one can tell which.</source>
        <translation>آپ کے {day} کے اسکور بھیجنے سے پہلے بے ترتیب شور کے ساتھ ملا دیے جائیں گے۔ بھیجے گئے ہر 10 میں سے تقریباً {n} عدد آپ کے اصل جواب ہوں گے؛ باقی بے ترتیب ہیں۔ کوئی نہیں بتا سکتا کون سے۔</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No results yet. Results come with Sync now once you take part.</source>
        <translation>ابھی کوئی نتائج نہیں۔ شرکت کرنے کے بعد “ابھی ہم آہنگ کریں” سے نتائج آتے ہیں۔</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Numbers from fewer than 10 people are hidden, so no one can be picked out.</source>
        <translation>10 سے کم لوگوں کے اعداد چھپا دیے جاتے ہیں، تاکہ کسی کی پہچان نہ ہو سکے۔</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{n} people</source>
        <translation>{n} لوگ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Services: people who said good or very good</source>
        <translation>سروسز: وہ لوگ جنہوں نے اچھا یا بہت اچھا کہا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Services rated good or very good</source>
        <translation>اچھی یا بہت اچھی درجہ بندی والی سروسز</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>How satisfied people are with life (0 to 10), by borough</source>
        <translation>لوگ زندگی سے کتنے مطمئن ہیں (0 سے 10)، بورو کے لحاظ سے</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Life satisfaction by borough</source>
        <translation>بورو کے لحاظ سے زندگی سے اطمینان</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{what}, sent {when} to {where}</source>
        <translation>{what}، {when} کو {where} بھیجا گیا</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Thank you. This is now on.</source>
        <translation>شکریہ۔ یہ اب آن ہے۔</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Stop sharing?</source>
        <translation>شیئر کرنا بند کریں؟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop &quot;{title}&quot;? Nothing more will be sent, and the app will ask the server to delete what you sent for this.</source>
        <translation>“{title}” بند کریں؟ مزید کچھ نہیں بھیجا جائے گا، اور ایپ سرور سے کہے گی کہ اس کے لیے جو آپ نے بھیجا وہ مٹا دے۔</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Stopped. The server could not be reached; what you sent will be deleted at the next sync.</source>
        <translation>بند کر دیا گیا۔ سرور تک رسائی نہیں ہو سکی؛ جو آپ نے بھیجا وہ اگلی ہم آہنگی پر مٹا دیا جائے گا۔</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stopped. Nothing more will be sent.</source>
        <translation>بند کر دیا گیا۔ مزید کچھ نہیں بھیجا جائے گا۔</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Address saved.</source>
        <translation>پتہ محفوظ ہو گیا۔</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>You have not turned anything on, so nothing was sent.</source>
        <translation>آپ نے کچھ آن نہیں کیا، اس لیے کچھ نہیں بھیجا گیا۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sync finished. Sent {n} item(s).</source>
        <translation>ہم آہنگی مکمل۔ {n} چیزیں بھیجی گئیں۔</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Choose a service first.</source>
        <translation>پہلے ایک سروس چنیں۔</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Added to the send list. You can check it in Sent and waiting.</source>
        <translation>بھیجنے کی فہرست میں شامل ہو گیا۔ آپ اسے “بھیجے گئے اور منتظر” میں دیکھ سکتے ہیں۔</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose a survey first.</source>
        <translation>پہلے ایک سروے چنیں۔</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>You did not answer anything, so nothing was added.</source>
        <translation>آپ نے کسی بات کا جواب نہیں دیا، اس لیے کچھ شامل نہیں ہوا۔</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{n} answer(s) added to the send list.</source>
        <translation>{n} جوابات بھیجنے کی فہرست میں شامل ہو گئے۔</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Your scores, with noise added, are on the send list.</source>
        <translation>آپ کے اسکور، شور ملا کر، بھیجنے کی فہرست میں ہیں۔</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose an item first.</source>
        <translation>پہلے ایک چیز چنیں۔</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>That item will not be sent.</source>
        <translation>وہ چیز نہیں بھیجی جائے گی۔</translation>
    </message>
</context>
<context>
    <name>PassphraseField</name>
    <message>
        <location filename="../../ui/views/start.py" line="+61"/>
        <source>Show</source>
        <translation>دکھائیں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the passphrase</source>
        <translation>پاس ورڈ دکھائیں</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Tip: 3 or 4 random words make a passphrase that is easy to remember and hard to guess.</source>
        <translation>مشورہ: 3 یا 4 بے ترتیب الفاظ ایسا پاس ورڈ بناتے ہیں جو یاد رکھنا آسان اور اندازہ لگانا مشکل ہو۔</translation>
    </message>
</context>
<context>
    <name>PlanSections</name>
    <message>
        <location filename="../../ui/views/plan_compare.py" line="+23"/>
        <source>Title</source>
        <translation>عنوان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What matters to me</source>
        <translation>میرے لیے کیا اہم ہے</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goals</source>
        <translation>مقاصد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actions</source>
        <translation>کام</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who supports me</source>
        <translation>کون میری مدد کرتا ہے</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If things go wrong</source>
        <translation>اگر حالات خراب ہوں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review date</source>
        <translation>جائزے کی تاریخ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Care coordinator</source>
        <translation>نگہداشت کوآرڈینیٹر</translation>
    </message>
</context>
<context>
    <name>PlanView</name>
    <message>
        <location filename="../../ui/views/plan.py" line="+48"/>
        <location line="+20"/>
        <source>My care and support plan</source>
        <translation>میرا نگہداشت اور مدد کا منصوبہ</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Share with my &amp;GP…</source>
        <translation>اپنے جی پی کے ساتھ شیئر کریں… (&amp;G)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share my plan with my GP</source>
        <translation>میرا منصوبہ میرے جی پی کے ساتھ شیئر کریں</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Plan pages</source>
        <translation>منصوبے کے صفحات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit my plan</source>
        <translation>میرا منصوبہ بدلیں (&amp;E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Versions</source>
        <translation>ورژن (&amp;V)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>About this plan</source>
        <translation>اس منصوبے کے بارے میں</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Plan title</source>
        <translation>منصوبے کا عنوان</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Title</source>
        <translation>عنوان (&amp;T)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Care coordinator</source>
        <translation>نگہداشت کوآرڈینیٹر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For example: Dr A Khan, Lea Surgery</source>
        <translation>مثال کے طور پر: ڈاکٹر اے خان، لی سرجری</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Care c&amp;oordinator</source>
        <translation>نگہداشت کوآرڈینیٹر (&amp;O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set a &amp;review date</source>
        <translation>جائزے کی تاریخ مقرر کریں (&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set a review date</source>
        <translation>جائزے کی تاریخ مقرر کریں</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Review date</source>
        <translation>جائزے کی تاریخ</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Review</source>
        <translation>جائزہ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Something that matters to you</source>
        <translation>کوئی چیز جو آپ کے لیے اہم ہے</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Tick the goals that are part of this plan. You can make and change goals on the Goals page.</source>
        <translation>ان مقاصد پر نشان لگائیں جو اس منصوبے کا حصہ ہیں۔ آپ مقاصد کے صفحے پر مقاصد بنا اور بدل سکتے ہیں۔</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Goals in this plan</source>
        <translation>اس منصوبے کے مقاصد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Press Space to tick or untick a goal.</source>
        <translation>مقصد پر نشان لگانے یا ہٹانے کے لیے اسپیس دبائیں۔</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>What you, or the people who support you, will do.</source>
        <translation>آپ، یا آپ کی مدد کرنے والے لوگ، کیا کریں گے۔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actions</source>
        <translation>کام</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>an action</source>
        <translation>ایک کام</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Who supports me</source>
        <translation>کون میری مدد کرتا ہے</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>a supporter</source>
        <translation>ایک مددگار</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Signs that things are going wrong</source>
        <translation>علامات کہ حالات خراب ہو رہے ہیں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What I will do</source>
        <translation>میں کیا کروں گا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who to contact</source>
        <translation>کس سے رابطہ کریں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Numbers to call in a crisis</source>
        <translation>بحران میں فون کرنے کے نمبر</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What I &amp;will do</source>
        <translation>میں کیا کروں گا (&amp;W)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who to &amp;contact</source>
        <translation>کس سے رابطہ کریں (&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Numbers to call in a crisis</source>
        <translation>بحران میں فون کرنے کے نمبر (&amp;N)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Save my plan…</source>
        <translation>میرا منصوبہ محفوظ کریں… (&amp;S)</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>S&amp;igns that things are going wrong</source>
        <translation>علامات کہ حالات خراب ہو رہے ہیں (&amp;I)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Save my plan as a new version</source>
        <translation>میرا منصوبہ نئے ورژن کے طور پر محفوظ کریں</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Undo my changes</source>
        <translation>میری تبدیلیاں واپس لیں (&amp;U)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo my changes since the last save</source>
        <translation>پچھلی بار محفوظ کرنے کے بعد کی تبدیلیاں واپس لیں</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Saved versions of my plan</source>
        <translation>میرے منصوبے کے محفوظ ورژن</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Compare this version</source>
        <translation>اس ورژن کا موازنہ کریں</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>With this version</source>
        <translation>اس ورژن کے ساتھ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only show what &amp;changed</source>
        <translation>صرف تبدیلیاں دکھائیں (&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only show the sections that changed</source>
        <translation>صرف وہ حصے دکھائیں جو بدلے</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What changed</source>
        <translation>کیا بدلا</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The two versions side by side</source>
        <translation>دونوں ورژن ساتھ ساتھ</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>C&amp;ompare version</source>
        <translation>ورژن کا موازنہ کریں (&amp;O)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;with version</source>
        <translation>اس ورژن سے (&amp;W)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved ve&amp;rsions</source>
        <translation>محفوظ ورژن (&amp;R)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>You have changes that are not saved yet.</source>
        <translation>آپ کی کچھ تبدیلیاں ابھی محفوظ نہیں ہوئیں۔</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Your plan was changed on another page. If you save, your plan will be what you see here.</source>
        <translation>آپ کا منصوبہ کسی دوسرے صفحے پر بدلا گیا۔ اگر آپ محفوظ کریں تو منصوبہ وہی ہوگا جو یہاں دکھ رہا ہے۔</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Version {n}, saved {day}</source>
        <translation>ورژن {n}، محفوظ کیا گیا {day}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>agreed with {who}</source>
        <translation>{who} کے ساتھ طے ہوا</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Version {n}</source>
        <translation>ورژن {n}</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>There are no saved versions yet.</source>
        <translation>ابھی کوئی محفوظ ورژن نہیں ہے۔</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>What changed: {sections}.</source>
        <translation>کیا بدلا: {sections}۔</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing changed between these versions.</source>
        <translation>ان ورژنز کے درمیان کچھ نہیں بدلا۔</translation>
    </message>
    <message>
        <location line="+164"/>
        <source>Please check the parts marked below.</source>
        <translation>براہ کرم نیچے نشان زدہ حصے دیکھیں۔</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Nothing has changed, so there is nothing to save.</source>
        <translation>کچھ نہیں بدلا، اس لیے محفوظ کرنے کو کچھ نہیں ہے۔</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your plan is saved as version {n}.</source>
        <translation>آپ کا منصوبہ ورژن {n} کے طور پر محفوظ ہو گیا ہے۔</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Your changes were undone.</source>
        <translation>آپ کی تبدیلیاں واپس لے لی گئیں۔</translation>
    </message>
</context>
<context>
    <name>QuestionnaireForm</name>
    <message>
        <location filename="../../ui/views/checkins.py" line="-327"/>
        <source>{n}. {text}</source>
        <translation>{n}۔ {text}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Question {n}: {text}</source>
        <translation>سوال {n}: {text}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Your result</source>
        <translation>آپ کا نتیجہ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your score</source>
        <translation>آپ کا اسکور</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What your score means</source>
        <translation>آپ کے اسکور کا مطلب</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Check-in status</source>
        <translation>چیک اِن کی حالت</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Save this check-in</source>
        <translation>یہ چیک اِن محفوظ کریں (&amp;S)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save this check-in: {name}</source>
        <translation>یہ چیک اِن محفوظ کریں: {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start a &amp;new check-in</source>
        <translation>نیا چیک اِن شروع کریں (&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear the answers and start again</source>
        <translation>جوابات مٹا کر دوبارہ شروع کریں</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Score: {total} out of {most}. {band}.</source>
        <translation>اسکور: {most} میں سے {total}۔ {band}۔</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Answer every question to see your score. 1 question to go.</source>
        <translation>اپنا اسکور دیکھنے کے لیے ہر سوال کا جواب دیں۔ 1 سوال باقی ہے۔</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Answer every question to see your score. %n questions to go.</source>
        <translation>
            <numerusform>اپنا اسکور دیکھنے کے لیے ہر سوال کا جواب دیں۔ %n سوال باقی ہے۔</numerusform>
            <numerusform>اپنا اسکور دیکھنے کے لیے ہر سوال کا جواب دیں۔ %n سوال باقی ہیں۔</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Answer the questions to see what they mean.</source>
        <translation>سوالوں کے جواب دیں تاکہ ان کا مطلب دیکھ سکیں۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{done} of {all} answered.</source>
        <translation>{all} میں سے {done} کے جواب دیے گئے۔</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is no total score. Each answer has its own meaning, shown under it.</source>
        <translation>کوئی کل اسکور نہیں ہے۔ ہر جواب کا اپنا مطلب ہے، جو اس کے نیچے دکھایا گیا ہے۔</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Please answer question {numbers}.</source>
        <translation>براہ کرم سوال {numbers} کا جواب دیں۔</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Saved on {when}. Thank you.</source>
        <translation>{when} کو محفوظ ہوا۔ شکریہ۔</translation>
    </message>
</context>
<context>
    <name>QuickLogRow</name>
    <message>
        <location filename="../../ui/views/today.py" line="+114"/>
        <source>0 to 10</source>
        <translation>0 سے 10</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type a number from 0 to 10 and press Enter.</source>
        <translation>0 سے 10 تک کوئی عدد لکھیں اور Enter دبائیں۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Number in {unit}</source>
        <translation>عدد {unit} میں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type a number and press Enter.</source>
        <translation>عدد لکھیں اور Enter دبائیں۔</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A few words</source>
        <translation>چند الفاظ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write a few words and press Enter.</source>
        <translation>چند الفاظ لکھیں اور Enter دبائیں۔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log {label}</source>
        <translation>درج کریں: {label}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save</source>
        <translation>محفوظ کریں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save {label}</source>
        <translation>محفوظ کریں: {label}</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Last: {value}</source>
        <translation>پچھلا: {value}</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <location filename="../../ui/reminders.py" line="+32"/>
        <location line="+25"/>
        <source>Health Planner</source>
        <translation>ہیلتھ پلانر</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Health Planner has a reminder</source>
        <translation>ہیلتھ پلانر کے پاس ایک یاد دہانی ہے</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reminder</source>
        <translation>یاد دہانی</translation>
    </message>
</context>
<context>
    <name>SaveVersionDialog</name>
    <message>
        <location filename="../../ui/dialogs/plan_items.py" line="+135"/>
        <source>Save a new version of my plan</source>
        <translation>میرے منصوبے کا نیا ورژن محفوظ کریں</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your plan keeps every version. If you agreed this version with someone, such as your GP or care coordinator, you can say who.</source>
        <translation>آپ کا منصوبہ ہر ورژن رکھتا ہے۔ اگر آپ نے یہ ورژن کسی کے ساتھ طے کیا، جیسے اپنے جی پی یا نگہداشت کوآرڈینیٹر کے ساتھ، تو آپ بتا سکتے ہیں کہ کس کے ساتھ۔</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Agreed with (you can leave this empty)</source>
        <translation>کس کے ساتھ طے ہوا (آپ اسے خالی چھوڑ سکتے ہیں)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For example: Nurse Grace Owusu</source>
        <translation>مثال کے طور پر: نرس گریس اووسو</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date it was agreed</source>
        <translation>طے ہونے کی تاریخ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What changed (you can leave this empty)</source>
        <translation>کیا بدلا (آپ اسے خالی چھوڑ سکتے ہیں)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For example: Added the lunch club</source>
        <translation>مثال کے طور پر: لنچ کلب شامل کیا</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Agreed with</source>
        <translation>کس کے ساتھ طے ہوا (&amp;A)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Agreed &amp;on</source>
        <translation>طے ہونے کی تاریخ (&amp;O)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;What changed</source>
        <translation>کیا بدلا (&amp;W)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save my plan as a new version</source>
        <translation>میرا منصوبہ نئے ورژن کے طور پر محفوظ کریں</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Go back without saving</source>
        <translation>محفوظ کیے بغیر واپس جائیں</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This date is in the future. Check it.</source>
        <translation>یہ تاریخ مستقبل میں ہے۔ اسے چیک کریں۔</translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <location filename="../../ui/views/settings.py" line="+50"/>
        <source>Settings</source>
        <translation>ترتیبات</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Locking and privacy</source>
        <translation>لاک اور رازداری</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Lock after this many minutes without use</source>
        <translation>استعمال نہ ہونے پر اتنے منٹ بعد لاک کریں</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Shared computer mode</source>
        <translation>مشترکہ کمپیوٹر موڈ (&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shared computer mode</source>
        <translation>مشترکہ کمپیوٹر موڈ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>For a computer in a library, a surgery or a community centre. Health Planner locks after %1 minutes, locks when you minimise it, clears anything you copied after %2 seconds, and does not remember anyone.</source>
        <translation>لائبریری، کلینک یا کمیونٹی سینٹر کے کمپیوٹر کے لیے۔ ہیلتھ پلانر %1 منٹ بعد لاک ہو جاتا ہے، چھوٹا کرنے پر لاک ہو جاتا ہے، کاپی کی ہوئی چیز %2 سیکنڈ بعد مٹا دیتا ہے، اور کسی کو یاد نہیں رکھتا۔</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Remember me on this device</source>
        <translation>اس ڈیوائس پر مجھے یاد رکھیں</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You will not need your passphrase to open Health Planner on this computer. Only use this on a computer that is yours alone.</source>
        <translation>اس کمپیوٹر پر ہیلتھ پلانر کھولنے کے لیے آپ کو پاس ورڈ کی ضرورت نہیں ہوگی۔ یہ صرف اس کمپیوٹر پر استعمال کریں جو صرف آپ کا ہو۔</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Change your passphrase</source>
        <translation>اپنا پاس ورڈ بدلیں</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Current passphrase</source>
        <translation>موجودہ پاس ورڈ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New passphrase</source>
        <translation>نیا پاس ورڈ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New passphrase</source>
        <translation>نیا پاس ورڈ (&amp;N)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the new passphrase again</source>
        <translation>نیا پاس ورڈ دوبارہ لکھیں</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Type the new passphrase again</source>
        <translation>نیا پاس ورڈ دوبارہ لکھیں (&amp;T)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Change passphrase</source>
        <translation>پاس ورڈ بدلیں</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your recovery code still works after you change your passphrase.</source>
        <translation>پاس ورڈ بدلنے کے بعد بھی آپ کا بحالی کوڈ کام کرتا ہے۔</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Language and display</source>
        <translation>زبان اور ڈسپلے</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Language</source>
        <translation>زبان</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Colours</source>
        <translation>رنگ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Light</source>
        <translation>ہلکے</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation>گہرے</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High contrast</source>
        <translation>زیادہ کنٹراسٹ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>C&amp;olours:</source>
        <translation>رنگ (&amp;O):</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Text size</source>
        <translation>متن کا سائز</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Te&amp;xt size:</source>
        <translation>متن کا سائز (&amp;X):</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reminders</source>
        <translation>یاد دہانیاں</translation>
    </message>
    <message>
        <location line="-112"/>
        <source>Lock &amp;after this many minutes without use:</source>
        <translation>استعمال نہ ہونے پر اتنے منٹ بعد لاک کریں (&amp;A):</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Remember &amp;me on this device</source>
        <translation>اس ڈیوائس پر مجھے یاد رکھیں (&amp;M)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>C&amp;urrent passphrase</source>
        <translation>موجودہ پاس ورڈ (&amp;U)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Change passphrase</source>
        <translation>پاس ورڈ بدلیں (&amp;C)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;Language:</source>
        <translation>زبان (&amp;L):</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Show my r&amp;eminders while Health Planner is open</source>
        <translation>جب ہیلتھ پلانر کھلا ہو تو میری یاد دہانیاں دکھائیں (&amp;E)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show my reminders while Health Planner is open</source>
        <translation>جب ہیلتھ پلانر کھلا ہو تو میری یاد دہانیاں دکھائیں</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>When Health Planner is locked, a reminder only says “Health Planner has a reminder”, so nobody else can read it.</source>
        <translation>جب ہیلتھ پلانر لاک ہو تو یاد دہانی صرف “ہیلتھ پلانر کے پاس ایک یاد دہانی ہے” کہتی ہے، تاکہ کوئی اور اسے نہ پڑھ سکے۔</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Shared computer mode locks after %1 minutes.</source>
        <translation>مشترکہ کمپیوٹر موڈ %1 منٹ بعد لاک کرتا ہے۔</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>%1 %</source>
        <translation>%1 فیصد</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>This computer will remember you.</source>
        <translation>یہ کمپیوٹر آپ کو یاد رکھے گا۔</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This computer no longer remembers you.</source>
        <translation>یہ کمپیوٹر اب آپ کو یاد نہیں رکھتا۔</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Type your current passphrase.</source>
        <translation>اپنا موجودہ پاس ورڈ لکھیں۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The two new passphrases are different. Type them again.</source>
        <translation>دونوں نئے پاس ورڈ مختلف ہیں۔ انہیں دوبارہ لکھیں۔</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your new passphrase is too short. Use at least 4 characters.</source>
        <translation>آپ کا نیا پاس ورڈ بہت چھوٹا ہے۔ کم از کم 4 حروف استعمال کریں۔</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Changing your passphrase…</source>
        <translation>آپ کا پاس ورڈ بدلا جا رہا ہے…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Your passphrase has been changed. Use the new one next time.</source>
        <translation>آپ کا پاس ورڈ بدل گیا ہے۔ اگلی بار نیا پاس ورڈ استعمال کریں۔</translation>
    </message>
</context>
<context>
    <name>StartScreen</name>
    <message>
        <location filename="../../ui/views/start.py" line="+70"/>
        <source>Language</source>
        <translation>زبان</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Language:</source>
        <translation>زبان (&amp;L):</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Opening Health Planner…</source>
        <translation>ہیلتھ پلانر کھل رہا ہے…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Welcome to Health Planner</source>
        <translation>ہیلتھ پلانر میں خوش آمدید</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plan and keep track of your health and care: your goals, your care plan, and how you feel. Everything stays on this computer, locked with a passphrase only you know.</source>
        <translation>اپنی صحت اور دیکھ بھال کی منصوبہ بندی کریں اور اس پر نظر رکھیں: آپ کے مقاصد، آپ کا نگہداشت کا منصوبہ، اور آپ کیسا محسوس کرتے ہیں۔ سب کچھ اسی کمپیوٹر پر رہتا ہے، ایسے پاس ورڈ سے لاک جو صرف آپ جانتے ہیں۔</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Create my profile</source>
        <translation>میرا پروفائل بنائیں (&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create my profile</source>
        <translation>میرا پروفائل بنائیں</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Try the demo</source>
        <translation>ڈیمو آزمائیں (&amp;T)</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+51"/>
        <source>Try the demo</source>
        <translation>ڈیمو آزمائیں</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>The demo has two years of made-up information, so you can look around before you start. Its passphrase is “demo”.</source>
        <translation>ڈیمو میں دو سال کی فرضی معلومات ہیں، تاکہ آپ شروع کرنے سے پہلے دیکھ سکیں۔ اس کا پاس ورڈ “demo” ہے۔</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Unlock your profile</source>
        <translation>اپنا پروفائل کھولیں</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Profiles on this computer</source>
        <translation>اس کمپیوٹر پر پروفائل</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Who is using Health Planner?</source>
        <translation>ہیلتھ پلانر کون استعمال کر رہا ہے؟ (&amp;W)</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+46"/>
        <source>Passphrase</source>
        <translation>پاس ورڈ</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>&amp;Remember me on this device</source>
        <translation>اس ڈیوائس پر مجھے یاد رکھیں (&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remember me on this device</source>
        <translation>اس ڈیوائس پر مجھے یاد رکھیں</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Unlock</source>
        <translation>کھولیں (&amp;U)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unlock</source>
        <translation>کھولیں</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Open without passphrase</source>
        <translation>پاس ورڈ کے بغیر کھولیں (&amp;O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open without passphrase</source>
        <translation>پاس ورڈ کے بغیر کھولیں</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Forgotten your passphrase?</source>
        <translation>پاس ورڈ بھول گئے؟ (&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+93"/>
        <source>Forgotten your passphrase?</source>
        <translation>پاس ورڈ بھول گئے؟</translation>
    </message>
    <message>
        <location line="-91"/>
        <source>&amp;New profile</source>
        <translation>نیا پروفائل (&amp;N)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New profile</source>
        <translation>نیا پروفائل</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Try the &amp;demo</source>
        <translation>ڈیمو آزمائیں (&amp;D)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Create your profile</source>
        <translation>اپنا پروفائل بنائیں</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your profile keeps your information locked on this computer. Nobody can open it without your passphrase.</source>
        <translation>آپ کا پروفائل آپ کی معلومات اس کمپیوٹر پر لاک رکھتا ہے۔ آپ کے پاس ورڈ کے بغیر کوئی اسے نہیں کھول سکتا۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your name or a nickname</source>
        <translation>آپ کا نام یا عرفی نام</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your &amp;name or a nickname</source>
        <translation>آپ کا نام یا عرفی نام (&amp;N)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Type the passphrase again</source>
        <translation>پاس ورڈ دوبارہ لکھیں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Type the passphrase again</source>
        <translation>پاس ورڈ دوبارہ لکھیں (&amp;T)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Create profile</source>
        <translation>پروفائل بنائیں (&amp;C)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Create profile</source>
        <translation>پروفائل بنائیں</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+73"/>
        <location line="+22"/>
        <source>&amp;Back</source>
        <translation>واپس (&amp;B)</translation>
    </message>
    <message>
        <location line="-95"/>
        <location line="+73"/>
        <location line="+22"/>
        <source>Back</source>
        <translation>واپس</translation>
    </message>
    <message>
        <location line="-83"/>
        <source>Your recovery code</source>
        <translation>آپ کا بحالی کوڈ</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+324"/>
        <source>If you forget your passphrase, this code is the only way back into your profile. Write it down now and keep it somewhere safe, away from this computer. We will show it only once.</source>
        <translation>اگر آپ اپنا پاس ورڈ بھول جائیں تو یہ کوڈ آپ کے پروفائل میں واپس جانے کا واحد راستہ ہے۔ اسے ابھی لکھ لیں اور اس کمپیوٹر سے دور کسی محفوظ جگہ رکھیں۔ ہم اسے صرف ایک بار دکھائیں گے۔</translation>
    </message>
    <message>
        <location line="-395"/>
        <source>Pa&amp;ssphrase</source>
        <translation>پاس ورڈ (&amp;S)</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Choose a pa&amp;ssphrase</source>
        <translation>پاس ورڈ چنیں (&amp;S)</translation>
    </message>
    <message>
        <location line="+35"/>
        <location line="+364"/>
        <source>Print the recovery code</source>
        <translation>بحالی کوڈ پرنٹ کریں</translation>
    </message>
    <message>
        <location line="-364"/>
        <source>P&amp;rint</source>
        <translation>پرنٹ کریں (&amp;R)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C&amp;opy</source>
        <translation>کاپی کریں (&amp;O)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Copy the recovery code</source>
        <translation>بحالی کوڈ کاپی کریں</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Last 4 characters of the recovery code</source>
        <translation>بحالی کوڈ کے آخری 4 حروف</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>To show you have written it down, type the &amp;last 4 characters of the code</source>
        <translation>یہ دکھانے کے لیے کہ آپ نے اسے لکھ لیا ہے، کوڈ کے آخری 4 حروف لکھیں (&amp;L)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;I have written it down</source>
        <translation>میں نے اسے لکھ لیا ہے (&amp;I)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I have written it down</source>
        <translation>میں نے اسے لکھ لیا ہے</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Recovery code</source>
        <translation>بحالی کوڈ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Recovery code</source>
        <translation>بحالی کوڈ (&amp;R)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New passphrase</source>
        <translation>نیا پاس ورڈ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New passphrase</source>
        <translation>نیا پاس ورڈ (&amp;N)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the new passphrase again</source>
        <translation>نیا پاس ورڈ دوبارہ لکھیں</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Type it again</source>
        <translation>اسے دوبارہ لکھیں (&amp;T)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Set new passphrase</source>
        <translation>نیا پاس ورڈ رکھیں (&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set new passphrase</source>
        <translation>نیا پاس ورڈ رکھیں</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Setting up the demo</source>
        <translation>ڈیمو تیار ہو رہا ہے</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+373"/>
        <source>Getting ready…</source>
        <translation>تیاری ہو رہی ہے…</translation>
    </message>
    <message>
        <location line="-370"/>
        <source>Demo set-up progress</source>
        <translation>ڈیمو کی تیاری کی پیش رفت</translation>
    </message>
    <message>
        <location line="+100"/>
        <location line="+205"/>
        <source>Profile: %1</source>
        <translation>پروفائل: %1</translation>
    </message>
    <message>
        <location line="-157"/>
        <source>Type the recovery code you were given when you made the profile “%1”, then choose a new passphrase. You will get a new recovery code.</source>
        <translation>وہ بحالی کوڈ لکھیں جو آپ کو پروفائل “%1” بناتے وقت ملا تھا، پھر نیا پاس ورڈ چنیں۔ آپ کو نیا بحالی کوڈ ملے گا۔</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Type your passphrase.</source>
        <translation>اپنا پاس ورڈ لکھیں۔</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unlocking…</source>
        <translation>کھل رہا ہے…</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Type a name for your profile.</source>
        <translation>اپنے پروفائل کا نام لکھیں۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+118"/>
        <source>The two passphrases are different. Type them again.</source>
        <translation>دونوں پاس ورڈ مختلف ہیں۔ انہیں دوبارہ لکھیں۔</translation>
    </message>
    <message>
        <location line="-115"/>
        <location line="+118"/>
        <source>Your passphrase is too short. Use at least 4 characters.</source>
        <translation>آپ کا پاس ورڈ بہت چھوٹا ہے۔ کم از کم 4 حروف استعمال کریں۔</translation>
    </message>
    <message>
        <location line="-112"/>
        <source>Creating your profile…</source>
        <translation>آپ کا پروفائل بن رہا ہے…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Recovery code: %1</source>
        <translation>بحالی کوڈ: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Your passphrase has been changed. Your old recovery code no longer works. Write down this new one and keep it somewhere safe. We will show it only once.</source>
        <translation>آپ کا پاس ورڈ بدل گیا ہے۔ آپ کا پرانا بحالی کوڈ اب کام نہیں کرتا۔ یہ نیا کوڈ لکھ لیں اور کسی محفوظ جگہ رکھیں۔ ہم اسے صرف ایک بار دکھائیں گے۔</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Those are not the last 4 characters of the code. Check what you wrote down and try again.</source>
        <translation>یہ کوڈ کے آخری 4 حروف نہیں ہیں۔ جو آپ نے لکھا تھا اسے دیکھیں اور دوبارہ کوشش کریں۔</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Copied. Paste it somewhere safe now: Health Planner will clear it from the clipboard in %1 seconds.</source>
        <translation>کاپی ہو گیا۔ اسے ابھی کسی محفوظ جگہ پیسٹ کریں: ہیلتھ پلانر اسے %1 سیکنڈ میں کلپ بورڈ سے مٹا دے گا۔</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Health Planner recovery code</source>
        <translation>ہیلتھ پلانر بحالی کوڈ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep this somewhere safe. With it, anyone can open this profile.</source>
        <translation>اسے کسی محفوظ جگہ رکھیں۔ اس کے ذریعے کوئی بھی یہ پروفائل کھول سکتا ہے۔</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Type your recovery code.</source>
        <translation>اپنا بحالی کوڈ لکھیں۔</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Checking the code…</source>
        <translation>کوڈ چیک ہو رہا ہے…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>That recovery code does not open this profile. Check it and try again.</source>
        <translation>یہ بحالی کوڈ اس پروفائل کو نہیں کھولتا۔ اسے چیک کریں اور دوبارہ کوشش کریں۔</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Making the demo profile…</source>
        <translation>ڈیمو پروفائل بن رہا ہے…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adding two years of made-up information…</source>
        <translation>دو سال کی فرضی معلومات شامل ہو رہی ہیں…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opening the demo…</source>
        <translation>ڈیمو کھل رہا ہے…</translation>
    </message>
</context>
<context>
    <name>SupporterDialog</name>
    <message>
        <location filename="../../ui/dialogs/plan_items.py" line="-133"/>
        <source>Change a supporter</source>
        <translation>مددگار بدلیں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add someone who supports me</source>
        <translation>کسی ایسے شخص کو شامل کریں جو میری مدد کرتا ہے</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How they help</source>
        <translation>وہ کیسے مدد کرتے ہیں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For example: my sister, practice nurse</source>
        <translation>مثال کے طور پر: میری بہن، کلینک کی نرس</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Phone number</source>
        <translation>فون نمبر</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Email address</source>
        <translation>ای میل پتہ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Notes</source>
        <translation>نوٹس</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Name</source>
        <translation>نام (&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;How they help</source>
        <translation>وہ کیسے مدد کرتے ہیں (&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Phone</source>
        <translation>فون (&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Email</source>
        <translation>ای میل (&amp;E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;otes</source>
        <translation>نوٹس (&amp;O)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Keep this supporter</source>
        <translation>یہ مددگار رکھیں</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>This does not look like an email address. Check it, or leave it empty.</source>
        <translation>یہ ای میل پتہ نہیں لگتا۔ اسے چیک کریں، یا خالی چھوڑ دیں۔</translation>
    </message>
</context>
<context>
    <name>TextListEditor</name>
    <message>
        <location filename="../../ui/widgets/lists.py" line="+47"/>
        <source>Press F2 to change the chosen line, Delete to remove it.</source>
        <translation>چنی ہوئی سطر بدلنے کے لیے F2، ہٹانے کے لیے Delete دبائیں۔</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+3"/>
        <source>Add to: {name}</source>
        <translation>اس میں شامل کریں: {name}</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Add</source>
        <translation>شامل کریں</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remove</source>
        <translation>ہٹائیں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the chosen line</source>
        <translation>چنی ہوئی سطر ہٹائیں</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move up</source>
        <translation>اوپر لے جائیں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the chosen line up</source>
        <translation>چنی ہوئی سطر اوپر لے جائیں</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move down</source>
        <translation>نیچے لے جائیں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the chosen line down</source>
        <translation>چنی ہوئی سطر نیچے لے جائیں</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Write something first.</source>
        <translation>پہلے کچھ لکھیں۔</translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message numerus="yes">
        <location filename="../../ui/views/today.py" line="+16"/>
        <source>%n days in a row. Well done!</source>
        <translation>
            <numerusform>مسلسل %n دن۔ شاباش!</numerusform>
            <numerusform>مسلسل %n دن۔ شاباش!</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Done for today.</source>
        <translation>آج کے لیے ہو گیا۔</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+3"/>
        <location line="+198"/>
        <source>Today</source>
        <translation>آج</translation>
    </message>
    <message>
        <location line="-194"/>
        <location line="+1"/>
        <source>Log today</source>
        <translation>آج درج کریں</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type a value and press Enter. For yes or no, press Y or N.</source>
        <translation>قدر لکھیں اور Enter دبائیں۔ ہاں یا نہیں کے لیے Y یا N دبائیں۔</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>You are not tracking anything yet.</source>
        <translation>آپ ابھی کچھ ٹریک نہیں کر رہے۔</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Track something &amp;new…</source>
        <translation>کچھ نیا ٹریک کریں… (&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start tracking something new</source>
        <translation>کچھ نیا ٹریک کرنا شروع کریں</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>To do today</source>
        <translation>آج کے کام</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Things to do today</source>
        <translation>آج کرنے کی چیزیں</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Press Enter on a check-in to start it.</source>
        <translation>چیک اِن شروع کرنے کے لیے اس پر Enter دبائیں۔</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing else is planned for today.</source>
        <translation>آج کے لیے اور کچھ طے نہیں ہے۔</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>My plan</source>
        <translation>میرا منصوبہ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next plan review</source>
        <translation>منصوبے کا اگلا جائزہ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Goals</source>
        <translation>مقاصد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open my &amp;plan</source>
        <translation>میرا منصوبہ کھولیں (&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open my care and support plan</source>
        <translation>میرا نگہداشت اور مدد کا منصوبہ کھولیں</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>See my &amp;goals</source>
        <translation>میرے مقاصد دیکھیں (&amp;G)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>See my goals</source>
        <translation>میرے مقاصد دیکھیں</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Today, {day}</source>
        <translation>آج، {day}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No review date is set. You can add one in your plan.</source>
        <translation>جائزے کی کوئی تاریخ مقرر نہیں۔ آپ اپنے منصوبے میں شامل کر سکتے ہیں۔</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your plan review was due on {day}. You could ask your care coordinator to book one.</source>
        <translation>آپ کے منصوبے کا جائزہ {day} کو ہونا تھا۔ آپ اپنے نگہداشت کوآرڈینیٹر سے وقت لینے کا کہہ سکتے ہیں۔</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your next plan review is on {day} ({when}).</source>
        <translation>آپ کے منصوبے کا اگلا جائزہ {day} کو ہے ({when})۔</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You are working on 1 goal.</source>
        <translation>آپ 1 مقصد پر کام کر رہے ہیں۔</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>You are working on %n goals.</source>
        <translation>
            <numerusform>آپ %n مقصد پر کام کر رہے ہیں۔</numerusform>
            <numerusform>آپ %n مقاصد پر کام کر رہے ہیں۔</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You have no goals on the go. You can add one any time.</source>
        <translation>آپ کا ابھی کوئی مقصد جاری نہیں۔ آپ کسی بھی وقت ایک شامل کر سکتے ہیں۔</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Check-in: {name}. Press Enter to start.</source>
        <translation>چیک اِن: {name}۔ شروع کرنے کے لیے Enter دبائیں۔</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{time} {title}</source>
        <translation>{time} {title}</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>You can now log {label} here each day.</source>
        <translation>اب آپ یہاں ہر روز {label} درج کر سکتے ہیں۔</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Saved: {value}.</source>
        <translation>محفوظ ہو گیا: {value}۔</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saving…</source>
        <translation>محفوظ ہو رہا ہے…</translation>
    </message>
</context>
<context>
    <name>TrackerChartPanel</name>
    <message>
        <location filename="../../ui/widgets/tracker_chart.py" line="+44"/>
        <source>Show:</source>
        <translation>دکھائیں:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Week</source>
        <translation>ہفتہ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show the last week</source>
        <translation>پچھلا ہفتہ دکھائیں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Month</source>
        <translation>مہینہ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show the last month</source>
        <translation>پچھلا مہینہ دکھائیں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year</source>
        <translation>سال</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show the last year</source>
        <translation>پچھلا سال دکھائیں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All</source>
        <translation>سب</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show all time</source>
        <translation>تمام وقت دکھائیں</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Chart summary</source>
        <translation>چارٹ کا خلاصہ</translation>
    </message>
</context>
<context>
    <name>TrackerDialog</name>
    <message>
        <location filename="../../ui/dialogs/tracker.py" line="+46"/>
        <source>Track something new</source>
        <translation>کچھ نیا ٹریک کریں</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What do you want to track?</source>
        <translation>آپ کیا ٹریک کرنا چاہتے ہیں؟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For example: Blood pressure, Pain, Water</source>
        <translation>مثال کے طور پر: بلڈ پریشر، درد، پانی</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What kind of answer</source>
        <translation>کس قسم کا جواب</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unit</source>
        <translation>اکائی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For example: kg, steps, glasses</source>
        <translation>مثال کے طور پر: kg، قدم، گلاس</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lowest possible value (you can leave this empty)</source>
        <translation>کم سے کم ممکنہ قدر (آپ اسے خالی چھوڑ سکتے ہیں)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Highest possible value (you can leave this empty)</source>
        <translation>زیادہ سے زیادہ ممکنہ قدر (آپ اسے خالی چھوڑ سکتے ہیں)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Name</source>
        <translation>نام (&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Answer</source>
        <translation>جواب (&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Unit</source>
        <translation>اکائی (&amp;U)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Lowest</source>
        <translation>کم سے کم (&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Highest</source>
        <translation>زیادہ سے زیادہ (&amp;H)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Start tracking it</source>
        <translation>اسے ٹریک کرنا شروع کریں</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel</source>
        <translation>منسوخ کریں</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Enter a number, or leave this empty.</source>
        <translation>کوئی عدد لکھیں، یا اسے خالی چھوڑ دیں۔</translation>
    </message>
</context>
<context>
    <name>TrendPanel</name>
    <message>
        <location filename="../../ui/views/checkins.py" line="+30"/>
        <source>Question to show on the chart</source>
        <translation>چارٹ پر دکھانے کے لیے سوال</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>C&amp;hart of:</source>
        <translation>چارٹ برائے (&amp;H):</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+29"/>
        <source>No check-ins saved yet.</source>
        <translation>ابھی کوئی چیک اِن محفوظ نہیں ہوا۔</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Past check-ins</source>
        <translation>پچھلے چیک اِن</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Past check-&amp;ins</source>
        <translation>پچھلے چیک اِن (&amp;I)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{day}: {total} out of {most}, {band}</source>
        <translation>{day}: {most} میں سے {total}، {band}</translation>
    </message>
</context>
<context>
    <name>YesNoInput</name>
    <message>
        <location filename="../../ui/views/today.py" line="-392"/>
        <source>Yes</source>
        <translation>ہاں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No</source>
        <translation>نہیں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{label}: yes</source>
        <translation>{label}: ہاں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{label}: no</source>
        <translation>{label}: نہیں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Press Y for yes or N for no.</source>
        <translation>ہاں کے لیے Y یا نہیں کے لیے N دبائیں۔</translation>
    </message>
</context>
<context>
    <name>_Dialog</name>
    <message>
        <location filename="../../ui/dialogs/plan_items.py" line="-274"/>
        <source>Cancel</source>
        <translation>منسوخ کریں</translation>
    </message>
</context>
</TS>
