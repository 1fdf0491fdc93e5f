#pragma once
// Sample documents for the review's reading tests, apart from the test so that moc, which
// does not read raw string literals, never sees them.
#include <QString>
#include <QStringList>

enum class Sample {
    Record,
    DocxBody,
    WebVtt,
    Srt,
    WhisperCpp,
    FunAsrSentences,
    FunAsrCharacters,
    SegmentsInSeconds,
    MillisecondList,
    Disordered
};

inline QString sample(Sample which)
{
    static const QStringList samples = {
        QString::fromUtf8(R"(询问笔录
（第 2 次）
时间：2026年11月23日09时10分至2026年11月23日10时05分
地点：城关派出所询问室
询问人（签名）：张明、李强　工作单位：城关派出所
记录人（签名）：李强
被询问人：王五　性别：男　年龄：16　出生日期：2010年3月2日
身份证件种类及号码：居民身份证 110101201003021234
法定代理人：王大山（父亲）
（口头传唤的被询问人于11月23日8时50分到达，11月23日11时20分离开，本人签名：　　）
问：我们是城关派出所的民警，现依法对你进行询问，你要如实回答，听明白了吗？
答：听明白了。
1. 问: 你昨天晚上在哪里？
答:我在家。
后来出去了一趟，去了网吧。
第 1 页 共 2 页
【问】你几点出去的？【答】大概十点。
问：你还有什么要补充的吗？答：没有了。
以上笔录我看过，和我说的相符。
被询问人签名：王五
)"),
        QString::fromUtf8(R"(<?xml version="1.0" encoding="UTF-8"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>
<w:p><w:r><w:t>询问笔录</w:t></w:r></w:p>
<w:tbl><w:tr><w:tc><w:p><w:r><w:t>地点：城关派出所</w:t></w:r></w:p></w:tc></w:tr></w:tbl>
<w:p><w:r><w:t xml:space="preserve">问：你叫</w:t></w:r><w:r><w:t>什么？</w:t></w:r></w:p>
<w:p><w:r><w:t>答：王五。</w:t></w:r><w:r><w:br/><w:t>第二行</w:t></w:r></w:p>
</w:body></w:document>)"),
        QString::fromUtf8(R"(WEBVTT

NOTE made by a recogniser

00:00:01.500 --> 00:00:04.000
<v 民警>你叫什么名字？</v>

00:00:04.200 --> 00:00:06.000
<v 王五>我叫王五。
)"),
        QString::fromUtf8(R"(1
00:00:01,500 --> 00:00:04,000
SPEAKER_00: 你叫什么名字？

2
00:00:04,200 --> 00:00:06,000
SPEAKER_01: 我叫王五。
)"),
        QString::fromUtf8(R"({"result":{"language":"zh"},"transcription":[
 {"timestamps":{"from":"00:00:01,500","to":"00:00:04,000"},"offsets":{"from":1500,"to":4000},"text":"你叫什么名字？"},
 {"timestamps":{"from":"00:00:04,200","to":"00:00:06,000"},"offsets":{"from":4200,"to":6000},"text":"我叫王五。"}]})"),
        QString::fromUtf8(R"([{"key":"a","text":"你叫什么名字？我叫王五。",
 "sentence_info":[{"text":"你叫什么名字？","start":1500,"end":4000,"spk":0},
                  {"text":"我叫王五。","start":4200,"end":6000,"spk":1}]}])"),
        QString::fromUtf8(R"({"text":"你叫什么名字？我叫王五。","timestamp":
 [[1500,1800],[1800,2100],[2100,2500],[2500,2900],[2900,3400],[3400,4000],
  [4200,4500],[4500,4900],[4900,5400],[5400,6000]]})"),
        QString::fromUtf8(R"({"text":"…","segments":[
 {"id":0,"start":1.5,"end":4.0,"text":"你叫什么名字？","speaker":"A"},
 {"id":1,"start":4.2,"end":6.0,"text":"我叫王五。","speaker":"B"}]})"),
        QString::fromUtf8(R"([{"start_ms":1500,"end_ms":4000,"text":"你叫什么名字？"},
 {"start_ms":4200,"end_ms":6000,"text":"我叫王五。"}])"),
        QString::fromUtf8(R"([{"start":9,"end":8,"text":"后"},
 {"start":1,"end":2,"text":"前"},{"start":-3,"end":-1,"text":"负"},{"start":3,"end":4,"text":" "}])"),
    };
    return samples.value(int(which));
}
