<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>DropTarget</name>
    <message>
        <source>an event</source>
        <translation>一个事件</translation>
    </message>
    <message>
        <source>a property</source>
        <translation>一个属性</translation>
    </message>
</context>
<context>
    <name>ImportField</name>
    <message>
        <source>user_id</source>
        <translation>用户 ID（user_id）</translation>
    </message>
    <message>
        <source>event</source>
        <translation>事件（event）</translation>
    </message>
    <message>
        <source>time</source>
        <translation>时间（time）</translation>
    </message>
    <message>
        <source>source</source>
        <translation>来源（source）</translation>
    </message>
    <message>
        <source>account_id</source>
        <translation>客户 ID（account_id）</translation>
    </message>
    <message>
        <source>alias</source>
        <translation>别名（alias）</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>金额（amount）</translation>
    </message>
    <message>
        <source>arr</source>
        <translation>年度经常性收入（arr）</translation>
    </message>
    <message>
        <source>campaign</source>
        <translation>广告活动（campaign）</translation>
    </message>
    <message>
        <source>channel</source>
        <translation>渠道（channel）</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>关闭时间（closed）</translation>
    </message>
    <message>
        <source>comment</source>
        <translation>评论（comment）</translation>
    </message>
    <message>
        <source>contract_start</source>
        <translation>合同开始（contract_start）</translation>
    </message>
    <message>
        <source>created</source>
        <translation>创建时间（created）</translation>
    </message>
    <message>
        <source>date</source>
        <translation>日期（date）</translation>
    </message>
    <message>
        <source>day</source>
        <translation>日期（day）</translation>
    </message>
    <message>
        <source>deal_id</source>
        <translation>商机 ID（deal_id）</translation>
    </message>
    <message>
        <source>industry</source>
        <translation>行业（industry）</translation>
    </message>
    <message>
        <source>lead_id</source>
        <translation>线索 ID（lead_id）</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名称（name）</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>负责人（owner）</translation>
    </message>
    <message>
        <source>plan</source>
        <translation>套餐（plan）</translation>
    </message>
    <message>
        <source>renewal_date</source>
        <translation>续约日期（renewal_date）</translation>
    </message>
    <message>
        <source>score</source>
        <translation>评分（score）</translation>
    </message>
    <message>
        <source>stage</source>
        <translation>阶段（stage）</translation>
    </message>
    <message>
        <source>status</source>
        <translation>状态（status）</translation>
    </message>
</context>
<context>
    <name>ImportKind</name>
    <message>
        <source>events</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>persons</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>accounts</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>leads</source>
        <translation>线索</translation>
    </message>
    <message>
        <source>deals</source>
        <translation>商机</translation>
    </message>
    <message>
        <source>spend</source>
        <translation>花费</translation>
    </message>
    <message>
        <source>nps</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>aliases</source>
        <translation>别名</translation>
    </message>
    <message>
        <source>the built-in sample</source>
        <translation>内置示例</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>percentage points</source>
        <translation>个百分点</translation>
    </message>
    <message>
        <source>%1
difference from %2 with its 95% interval</source>
        <translation>%1
与 %2 的差异及其 95% 区间</translation>
    </message>
    <message>
        <source>%1 (control)</source>
        <translation>%1（对照组）</translation>
    </message>
    <message>
        <source>difference from control</source>
        <translation>与对照组的差异</translation>
    </message>
    <message>
        <source>difference from control (%1)</source>
        <translation>与对照组的差异（%1）</translation>
    </message>
    <message>
        <source>Funnel</source>
        <translation>漏斗</translation>
    </message>
    <message>
        <source>How many people go through a series of steps</source>
        <translation>有多少人依次完成一系列步骤</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>留存</translation>
    </message>
    <message>
        <source>Who comes back after a first event, cohort by cohort</source>
        <translation>首次事件之后谁回来了，按同期群逐一查看</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>趋势</translation>
    </message>
    <message>
        <source>An event over time, by day, week or month</source>
        <translation>某个事件随时间的变化，按天、周或月</translation>
    </message>
    <message>
        <source>Paths</source>
        <translation>路径</translation>
    </message>
    <message>
        <source>What people do after (or before) an event, as a Sankey diagram</source>
        <translation>人们在某个事件之后（或之前）做了什么，以桑基图展示</translation>
    </message>
    <message>
        <source>Heatmap</source>
        <translation>热力图</translation>
    </message>
    <message>
        <source>When people are active, and who adopted which feature</source>
        <translation>人们何时活跃，以及谁采用了哪个功能</translation>
    </message>
    <message>
        <source>A/B Test</source>
        <translation>A/B 测试</translation>
    </message>
    <message>
        <source>Compare the variants of an experiment, with its statistics</source>
        <translation>比较一个实验的各个版本，并给出统计结果</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Every account with its health, seats, renewal and NPS</source>
        <translation>每个客户的健康度、席位、续约和 NPS</translation>
    </message>
    <message>
        <source>Health Model</source>
        <translation>健康度模型</translation>
    </message>
    <message>
        <source>What makes an account healthy: measures, weights and bands</source>
        <translation>什么样的客户是健康的：指标、权重和区间</translation>
    </message>
    <message>
        <source>Renewal Quadrant</source>
        <translation>续约象限</translation>
    </message>
    <message>
        <source>Which accounts to expand, protect, rescue or save from churning</source>
        <translation>哪些客户该增购、维护、挽救或防止流失</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>销售管道</translation>
    </message>
    <message>
        <source>Deals by stage, win rate, revenue and sales cycle by any field</source>
        <translation>按阶段、赢单率、收入和销售周期查看商机，可按任意字段分组</translation>
    </message>
    <message>
        <source>Channel ROI</source>
        <translation>渠道 ROI</translation>
    </message>
    <message>
        <source>What each marketing channel cost and brought</source>
        <translation>每个营销渠道花了多少、带来了多少</translation>
    </message>
    <message>
        <source>Lead Scoring</source>
        <translation>线索评分</translation>
    </message>
    <message>
        <source>Which lead to call first, and why</source>
        <translation>先联系哪条线索，以及为什么</translation>
    </message>
    <message>
        <source>any event</source>
        <translation>任意事件</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 天</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 小时</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <source>&lt; %1</source>
        <translation>&lt; %1</translation>
    </message>
    <message>
        <source>Usage, last 13 weeks</source>
        <translation>使用情况，最近 13 周</translation>
    </message>
    <message>
        <source>events</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>active persons</source>
        <translation>活跃用户</translation>
    </message>
    <message>
        <source>events per week</source>
        <translation>每周事件数</translation>
    </message>
    <message>
        <source>ARR %1</source>
        <translation>ARR %1</translation>
    </message>
    <message>
        <source>%1 seats</source>
        <translation>%1 个席位</translation>
    </message>
    <message>
        <source>owner %1</source>
        <translation>负责人 %1</translation>
    </message>
    <message>
        <source>renewal %1</source>
        <translation>续约 %1</translation>
    </message>
    <message>
        <source>Health as of %1 (data up to the end of that day), model of %2 measures</source>
        <translation>截至 %1 的健康度（数据截至当天结束），模型含 %2 项指标</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>不适用</translation>
    </message>
    <message>
        <source>%1%2 over 30 days</source>
        <translation>30 天内 %1%2</translation>
    </message>
    <message>
        <source>no trend (no score 30 days before)</source>
        <translation>无趋势（30 天前没有评分）</translation>
    </message>
    <message>
        <source>Health score %1 (%2)
%3</source>
        <translation>健康度评分 %1（%2）
%3</translation>
    </message>
    <message>
        <source>No score: none of the model&apos;s measures has data for this account</source>
        <translation>没有评分：模型中的指标对这个客户都没有数据</translation>
    </message>
    <message>
        <source>What the score is made of</source>
        <translation>评分由什么构成</translation>
    </message>
    <message>
        <source>%1 (weight %2)</source>
        <translation>%1（权重 %2）</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>没有数据</translation>
    </message>
    <message>
        <source>Feature adoption, last 90 days</source>
        <translation>功能采用，最近 90 天</translation>
    </message>
    <message>
        <source>Nobody at this account did anything in the last 90 days.</source>
        <translation>这个客户在最近 90 天内没有任何人有活动。</translation>
    </message>
    <message>
        <source>%1% (%2)</source>
        <translation>%1%（%2）</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>商机</translation>
    </message>
    <message>
        <source>No deals.</source>
        <translation>没有商机。</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>商机</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>NPS answers</source>
        <translation>NPS 回答</translation>
    </message>
    <message>
        <source>No NPS answers.</source>
        <translation>没有 NPS 回答。</translation>
    </message>
    <message>
        <source>%1 · %2 · score %3%4</source>
        <translation>%1 · %2 · 评分 %3%4</translation>
    </message>
    <message>
        <source>the account</source>
        <translation>该客户</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <source>No people are linked to this account.</source>
        <translation>没有人员关联到这个客户。</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Last activity (UTC)</source>
        <translation>最后活动（UTC）</translation>
    </message>
    <message>
        <source>Events, 30 days</source>
        <translation>30 天事件数</translation>
    </message>
    <message>
        <source>%1 — health report</source>
        <translation>%1 — 健康度报告</translation>
    </message>
    <message>
        <source>%1 red · %2 yellow · %3 green</source>
        <translation>%1 红 · %2 黄 · %3 绿</translation>
    </message>
    <message>
        <source> · %1 without a score</source>
        <translation> · %1 个没有评分</translation>
    </message>
    <message>
        <source>Health scores: %1</source>
        <translation>健康度评分：%1</translation>
    </message>
    <message>
        <source>health score</source>
        <translation>健康度评分</translation>
    </message>
    <message>
        <source>accounts</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Deals by stage</source>
        <translation>各阶段商机</translation>
    </message>
    <message>
        <source>deals</source>
        <translation>商机</translation>
    </message>
    <message>
        <source>Spend and won revenue per channel (ROI above)</source>
        <translation>各渠道的花费与赢单收入（上方为 ROI）</translation>
    </message>
    <message>
        <source>Spend</source>
        <translation>花费</translation>
    </message>
    <message>
        <source>Won revenue</source>
        <translation>赢单收入</translation>
    </message>
    <message>
        <source>ROI %1%</source>
        <translation>ROI %1%</translation>
    </message>
    <message>
        <source>no spend</source>
        <translation>无花费</translation>
    </message>
    <message>
        <source>Best leads</source>
        <translation>最佳线索</translation>
    </message>
    <message>
        <source>behaviour</source>
        <translation>行为</translation>
    </message>
    <message>
        <source>fit</source>
        <translation>匹配度</translation>
    </message>
    <message>
        <source>score (behaviour + fit)</source>
        <translation>评分（行为 + 匹配度）</translation>
    </message>
    <message>
        <source>the size %1 x %2 is outside 16–20000 pixels</source>
        <translation>尺寸 %1 x %2 超出 16–20000 像素的范围</translation>
    </message>
    <message>
        <source>the resolution %1 dpi is outside 24–1200</source>
        <translation>分辨率 %1 dpi 超出 24–1200 的范围</translation>
    </message>
    <message>
        <source>cannot encode the PNG image</source>
        <translation>无法编码 PNG 图像</translation>
    </message>
    <message>
        <source>Made with Quadrant</source>
        <translation>用 Quadrant 制作</translation>
    </message>
    <message>
        <source>charts export as .png, .svg or .pdf, not &apos;.%1&apos;</source>
        <translation>图表可导出为 .png、.svg 或 .pdf，不能是“.%1”</translation>
    </message>
    <message>
        <source>Image Size</source>
        <translation>图像尺寸</translation>
    </message>
    <message>
        <source> px</source>
        <translation> 像素</translation>
    </message>
    <message>
        <source> dpi</source>
        <translation> dpi</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>宽度</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>高度</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>分辨率</translation>
    </message>
    <message>
        <source>Sizes are at 96 dpi; 192 dpi doubles the pixels for sharp slides.</source>
        <translation>尺寸按 96 dpi 计；192 dpi 的像素加倍，适合清晰的幻灯片。</translation>
    </message>
    <message>
        <source>… and %1 more rows (Export Table writes them all)</source>
        <translation>… 还有 %1 行（“导出表格”会写出全部）</translation>
    </message>
    <message>
        <source>there is no analysis to put in the report</source>
        <translation>没有可放入报告的分析</translation>
    </message>
    <message>
        <source>%1 — report</source>
        <translation>%1 — 报告</translation>
    </message>
    <message>
        <source>%1 analyses · %2

%3</source>
        <translation>%1 个分析 · %2

%3</translation>
    </message>
    <message>
        <source>Share of each %1&apos;s persons who used each event</source>
        <translation>每个%1中使用了各事件的用户比例</translation>
    </message>
    <message>
        <source>%1 by weekday and hour (%2)</source>
        <translation>%1，按星期和小时（%2）</translation>
    </message>
    <message>
        <source>Active persons</source>
        <translation>活跃用户</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>% of the row&apos;s persons</source>
        <translation>占该行用户的 %</translation>
    </message>
    <message>
        <source>persons</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>feature (event)</source>
        <translation>功能（事件）</translation>
    </message>
    <message>
        <source>hour of day</source>
        <translation>一天中的小时</translation>
    </message>
    <message>
        <source>weekday</source>
        <translation>星期</translation>
    </message>
    <message>
        <source>a calendar date and time</source>
        <translation>日历日期和时间</translation>
    </message>
    <message>
        <source>seconds since 1970</source>
        <translation>自 1970 年起的秒数</translation>
    </message>
    <message>
        <source>milliseconds since 1970</source>
        <translation>自 1970 年起的毫秒数</translation>
    </message>
    <message>
        <source>an Excel date number</source>
        <translation>Excel 日期数值</translation>
    </message>
    <message>
        <source>the pattern “%1”</source>
        <translation>格式“%1”</translation>
    </message>
    <message>
        <source>Share of %1 cohorts active in each %2 after</source>
        <translation>%1同期群在之后每个%2中活跃的比例</translation>
    </message>
    <message>
        <source>All cohorts</source>
        <translation>全部同期群</translation>
    </message>
    <message>
        <source>period before</source>
        <translation>上一周期</translation>
    </message>
    <message>
        <source>%1, before</source>
        <translation>%1，上一周期</translation>
    </message>
    <message>
        <source>events per person</source>
        <translation>人均事件数</translation>
    </message>
    <message>
        <source>sum of %1</source>
        <translation>%1 的总和</translation>
    </message>
    <message>
        <source>average %1</source>
        <translation>%1 的平均值</translation>
    </message>
    <message>
        <source>%1 · %2: %3</source>
        <translation>%1 · %2：%3</translation>
    </message>
    <message>
        <source>This period</source>
        <translation>本周期</translation>
    </message>
    <message>
        <source>%1: %2 per %3</source>
        <translation>%1：每%3 %2</translation>
    </message>
    <message>
        <source>All events</source>
        <translation>全部事件</translation>
    </message>
    <message>
        <source>tables export as .csv or .xlsx, not &apos;.%1&apos;</source>
        <translation>表格可导出为 .csv 或 .xlsx，不能是“.%1”</translation>
    </message>
    <message>
        <source>Lifecycle</source>
        <translation>生命周期</translation>
    </message>
    <message>
        <source>New, returning, resurrecting and dormant persons per period</source>
        <translation>每个周期的新用户、回访用户、回流用户和沉睡用户</translation>
    </message>
    <message>
        <source>Stickiness</source>
        <translation>粘性</translation>
    </message>
    <message>
        <source>How many days a week or month people do something</source>
        <translation>人们每周或每月有几天做某件事</translation>
    </message>
</context>
<context>
    <name>Quadrant</name>
    <message>
        <source>Not enough data to compare %1 with %2.</source>
        <translation>数据不足，无法比较 %1 和 %2。</translation>
    </message>
    <message>
        <source>%1 converts %2 better than %3</source>
        <translation>%1 的转化率比 %3 高 %2</translation>
    </message>
    <message>
        <source>%1 converts %2 worse than %3</source>
        <translation>%1 的转化率比 %3 低 %2</translation>
    </message>
    <message>
        <source>%1 scores %2 better than %3</source>
        <translation>%1 的得分比 %3 高 %2</translation>
    </message>
    <message>
        <source>%1 scores %2 worse than %3</source>
        <translation>%1 的得分比 %3 低 %2</translation>
    </message>
    <message>
        <source>chance alone would rarely do this</source>
        <translation>纯属偶然的可能性很小</translation>
    </message>
    <message>
        <source>chance alone would seldom do this</source>
        <translation>纯属偶然的可能性较小</translation>
    </message>
    <message>
        <source>this could easily be chance</source>
        <translation>这很可能只是偶然</translation>
    </message>
    <message>
        <source>%1; %2 (p = %3).</source>
        <translation>%1；%2（p = %3）。</translation>
    </message>
    <message>
        <source>name the property that holds the variant</source>
        <translation>请指定存放实验版本的属性</translation>
    </message>
    <message>
        <source>unknown event &apos;%1&apos;</source>
        <translation>未知事件“%1”</translation>
    </message>
    <message>
        <source>name the numeric property to sum</source>
        <translation>请指定要求和的数值属性</translation>
    </message>
    <message>
        <source>name the person property that holds the outcome</source>
        <translation>请指定存放结果的用户属性</translation>
    </message>
    <message>
        <source>no event or person carries the property &apos;%1&apos;</source>
        <translation>没有任何事件或用户带有属性“%1”</translation>
    </message>
    <message>
        <source>the person property &apos;%1&apos; holds &apos;%2&apos;, which is not a yes/no value (true/false, yes/no or 1/0)</source>
        <translation>用户属性“%1”的值为“%2”，不是是/否值（true/false、yes/no 或 1/0）</translation>
    </message>
    <message>
        <source>the person property &apos;%1&apos; holds &apos;%2&apos;, which is not a number</source>
        <translation>用户属性“%1”的值为“%2”，不是数字</translation>
    </message>
    <message>
        <source>no person carries the property &apos;%1&apos;</source>
        <translation>没有用户带有属性“%1”</translation>
    </message>
    <message>
        <source>%1 persons with a variant have no value for &apos;%2&apos; and are left out</source>
        <translation>%1 个有实验版本的用户没有“%2”的值，已被排除</translation>
    </message>
    <message>
        <source>%1 persons with a variant have no event to measure and are left out</source>
        <translation>%1 个有实验版本的用户没有可衡量的事件，已被排除</translation>
    </message>
    <message>
        <source>no person saw the control &apos;%1&apos;</source>
        <translation>没有用户看到对照组“%1”</translation>
    </message>
    <message>
        <source>sample ratio mismatch: the persons per variant differ from the planned split more than chance allows (p = %1); check how people were assigned</source>
        <translation>样本比例失衡：各版本的用户数与计划分配的差异超出了偶然所能解释的范围（p = %1）；请检查用户是如何分组的</translation>
    </message>
    <message>
        <source>the planned split names %1 variants but %2 were seen</source>
        <translation>计划分配列出了 %1 个版本，但实际看到 %2 个</translation>
    </message>
    <message>
        <source>%1 has only %2 persons (fewer than 50): treat the result with care</source>
        <translation>%1 只有 %2 个用户（少于 50）：请谨慎看待结果</translation>
    </message>
    <message>
        <source>%1 has only %2 conversions (fewer than 5): treat the result with care</source>
        <translation>%1 只有 %2 次转化（少于 5）：请谨慎看待结果</translation>
    </message>
    <message>
        <source>Conversion to %1</source>
        <translation>转化到 %1</translation>
    </message>
    <message>
        <source>Session duration (seconds)</source>
        <translation>会话时长（秒）</translation>
    </message>
    <message>
        <source>Events per session</source>
        <translation>每个会话的事件数</translation>
    </message>
    <message>
        <source>Bounce rate (one-event sessions)</source>
        <translation>跳出率（只有一个事件的会话）</translation>
    </message>
    <message>
        <source>Sum of %1 per person</source>
        <translation>每个用户的 %1 总和</translation>
    </message>
    <message>
        <source>Share with %1 = yes</source>
        <translation>%1 = 是 的比例</translation>
    </message>
    <message>
        <source>Mean of %1 per person</source>
        <translation>每个用户的 %1 平均值</translation>
    </message>
    <message>
        <source>needs a property name after &apos;:&apos;</source>
        <translation>“:”之后需要一个属性名</translation>
    </message>
    <message>
        <source>must be positive weights up to 1e9 such as [50, 50]</source>
        <translation>必须是不超过 1e9 的正权重，例如 [50, 50]</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>the definition cannot be read: %1</source>
        <translation>无法读取定义：%1</translation>
    </message>
    <message>
        <source>it has no %1 yet; there is nothing to compute</source>
        <translation>它还没有%1，没有可计算的内容</translation>
    </message>
    <message>
        <source>variant property</source>
        <translation>实验版本属性</translation>
    </message>
    <message>
        <source>conversion event</source>
        <translation>转化事件</translation>
    </message>
    <message>
        <source>outcome property</source>
        <translation>结果属性</translation>
    </message>
    <message>
        <source>no person saw the control &apos;%1&apos; of &apos;%2&apos;</source>
        <translation>没有用户看到“%2”的对照组“%1”</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>一个列表</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>一个对象</translation>
    </message>
    <message>
        <source>must be &apos;%1&apos;, not %2</source>
        <translation>必须是“%1”，而不是 %2</translation>
    </message>
    <message>
        <source>must be %1, not %2</source>
        <translation>必须是 %1，而不是 %2</translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2, not %3</source>
        <translation>必须是 %1 到 %2 之间的整数，而不是 %3</translation>
    </message>
    <message>
        <source>must be a number from %1 to %2, not %3</source>
        <translation>必须是 %1 到 %2 之间的数字，而不是 %3</translation>
    </message>
    <message>
        <source>must be a date YYYY-MM-DD from 1900-01-01 to 2200-12-31, not &apos;%1&apos;</source>
        <translation>必须是 1900-01-01 到 2200-12-31 之间的日期 YYYY-MM-DD，而不是“%1”</translation>
    </message>
    <message>
        <source>must not be after &apos;to&apos;</source>
        <translation>不能晚于“to”</translation>
    </message>
    <message>
        <source>Reading events</source>
        <translation>正在读取事件</translation>
    </message>
    <message>
        <source>Events ready</source>
        <translation>事件已就绪</translation>
    </message>
    <message>
        <source>the project is open read-only</source>
        <translation>项目以只读方式打开</translation>
    </message>
    <message>
        <source>cannot read the event &apos;%1&apos; (write name or name[property=value])</source>
        <translation>无法读取事件“%1”（写作 名称 或 名称[属性=值]）</translation>
    </message>
    <message>
        <source>cannot read the filter &apos;%1&apos; (write property=value or property!=value)</source>
        <translation>无法读取筛选条件“%1”（写作 属性=值 或 属性!=值）</translation>
    </message>
    <message>
        <source>a funnel needs at least 2 steps</source>
        <translation>漏斗至少需要 2 个步骤</translation>
    </message>
    <message>
        <source>a funnel has at most %1 steps</source>
        <translation>漏斗最多有 %1 个步骤</translation>
    </message>
    <message>
        <source>the conversion window must be longer than zero</source>
        <translation>转化窗口必须大于零</translation>
    </message>
    <message>
        <source>an exclusion goes between step i and i + 1, with i from 1 to %1</source>
        <translation>排除条件位于第 i 步和第 i + 1 步之间，i 取 1 到 %1</translation>
    </message>
    <message>
        <source>Computing the funnel</source>
        <translation>正在计算漏斗</translation>
    </message>
    <message>
        <source>names no event</source>
        <translation>没有指定事件</translation>
    </message>
    <message>
        <source>unknown time zone</source>
        <translation>未知时区</translation>
    </message>
    <message>
        <source>must be a time zone such as Europe/Berlin, not &apos;%1&apos;</source>
        <translation>必须是时区，例如 Asia/Shanghai，而不是“%1”</translation>
    </message>
    <message>
        <source>the depth must be between 1 and 20</source>
        <translation>深度必须在 1 到 20 之间</translation>
    </message>
    <message>
        <source>the session gap must be longer than zero</source>
        <translation>会话间隔必须大于零</translation>
    </message>
    <message>
        <source>no cohort named &apos;%1&apos;</source>
        <translation>没有名为“%1”的同期群</translation>
    </message>
    <message>
        <source>the number of periods must be between 0 and 1000</source>
        <translation>周期数必须在 0 到 1000 之间</translation>
    </message>
    <message>
        <source>Computing retention</source>
        <translation>正在计算留存</translation>
    </message>
    <message>
        <source>no person &apos;%1&apos; in this project</source>
        <translation>这个项目中没有用户“%1”</translation>
    </message>
    <message>
        <source>person %1</source>
        <translation>用户 %1</translation>
    </message>
    <message>
        <source>account %1</source>
        <translation>客户 %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>no account &apos;%1&apos; in this project</source>
        <translation>这个项目中没有客户“%1”</translation>
    </message>
    <message>
        <source>account %1 (no CRM record)</source>
        <translation>客户 %1（无 CRM 记录）</translation>
    </message>
    <message>
        <source>cannot read the timeline: %1</source>
        <translation>无法读取时间线：%1</translation>
    </message>
    <message>
        <source>sum and avg need a property: sum:PROPERTY or avg:PROPERTY</source>
        <translation>sum 和 avg 需要一个属性：sum:属性 或 avg:属性</translation>
    </message>
    <message>
        <source>must be total, persons, per-person, sum:PROPERTY or avg:PROPERTY, not &apos;%1&apos;</source>
        <translation>必须是 total、persons、per-person、sum:属性 或 avg:属性，而不是“%1”</translation>
    </message>
    <message>
        <source>previous period</source>
        <translation>上一周期</translation>
    </message>
    <message>
        <source>no health result</source>
        <translation>没有健康度结果</translation>
    </message>
    <message>
        <source>no account &apos;%1&apos; in the project</source>
        <translation>项目中没有客户“%1”</translation>
    </message>
    <message>
        <source>the project has no spend, leads or deals; import them with --kind spend, leads or deals</source>
        <translation>项目中没有花费、线索或商机；请用 --kind spend、leads 或 deals 导入</translation>
    </message>
    <message>
        <source>cannot read the CRM records: %1</source>
        <translation>无法读取 CRM 记录：%1</translation>
    </message>
    <message>
        <source>no project is open</source>
        <translation>没有打开的项目</translation>
    </message>
    <message>
        <source>the project has no accounts; import them with --kind accounts</source>
        <translation>项目中没有客户；请用 --kind accounts 导入</translation>
    </message>
    <message>
        <source>no health model named &apos;%1&apos; (quadrant-cli analyses lists them)</source>
        <translation>没有名为“%1”的健康度模型（quadrant-cli analyses 会列出它们）</translation>
    </message>
    <message>
        <source>the health model &apos;%1&apos; cannot be read: %2</source>
        <translation>健康度模型“%1”无法读取：%2</translation>
    </message>
    <message>
        <source>Scoring accounts</source>
        <translation>正在为客户评分</translation>
    </message>
    <message>
        <source>Scored</source>
        <translation>评分完成</translation>
    </message>
    <message>
        <source>must be seat_use, usage_trend, key_features, nps, renewal, event:NAME or property:KEY, not &apos;%1&apos;</source>
        <translation>必须是 seat_use、usage_trend、key_features、nps、renewal、event:名称 或 property:键，而不是“%1”</translation>
    </message>
    <message>
        <source>must be above low</source>
        <translation>必须高于下限</translation>
    </message>
    <message>
        <source>must not be below red_below</source>
        <translation>不能低于 red_below</translation>
    </message>
    <message>
        <source>%1.%2: must be a weight of 0 or more</source>
        <translation>%1.%2：权重必须大于或等于 0</translation>
    </message>
    <message>
        <source>must be an object of segments</source>
        <translation>必须是由细分组成的对象</translation>
    </message>
    <message>
        <source>the project has no leads; import them with --kind leads</source>
        <translation>项目中没有线索；请用 --kind leads 导入</translation>
    </message>
    <message>
        <source>any event</source>
        <translation>任意事件</translation>
    </message>
    <message>
        <source>Scoring</source>
        <translation>正在评分</translation>
    </message>
    <message>
        <source>must be person.KEY or account.FIELD, not &apos;%1&apos;</source>
        <translation>必须是 person.键 或 account.字段，而不是“%1”</translation>
    </message>
    <message>
        <source>the project has no deals; import some with --kind deals</source>
        <translation>项目中没有商机；请用 --kind deals 导入</translation>
    </message>
    <message>
        <source>no deal has a field &apos;%1&apos; (a deal column such as stage or channel, a deal property, or account.FIELD)</source>
        <translation>没有商机带有字段“%1”（商机的列如 stage 或 channel、商机属性，或 account.字段）</translation>
    </message>
    <message>
        <source>Counting</source>
        <translation>正在计数</translation>
    </message>
    <message>
        <source>cannot write: %1</source>
        <translation>无法写入：%1</translation>
    </message>
    <message>
        <source>cannot create the workbook</source>
        <translation>无法创建工作簿</translation>
    </message>
    <message>
        <source>cannot write the workbook part %1</source>
        <translation>无法写入工作簿部件 %1</translation>
    </message>
    <message>
        <source>cannot finish the workbook</source>
        <translation>无法完成工作簿</translation>
    </message>
    <message>
        <source>--map wants FIELD=COLUMN, got &apos;%1&apos;</source>
        <translation>--map 需要 字段=列，收到的是“%1”</translation>
    </message>
    <message>
        <source>%1 have no field &apos;%2&apos; (fields: %3)</source>
        <translation>%1 没有字段“%2”（字段：%3）</translation>
    </message>
    <message>
        <source>no column &apos;%1&apos; (columns: %2)</source>
        <translation>没有列“%1”（列：%2）</translation>
    </message>
    <message>
        <source>header row</source>
        <translation>有标题行</translation>
    </message>
    <message>
        <source>no header row</source>
        <translation>无标题行</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>无法读取：%1</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>文件是空的</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>没有这个文件</translation>
    </message>
    <message>
        <source>is a folder, not a file</source>
        <translation>是文件夹，不是文件</translation>
    </message>
    <message>
        <source>is not a regular file (a device or a pipe); save it to a file first</source>
        <translation>不是普通文件（是设备或管道）；请先保存为文件</translation>
    </message>
    <message>
        <source>cannot read</source>
        <translation>无法读取</translation>
    </message>
    <message>
        <source>the project is open read-only (%1)</source>
        <translation>项目以只读方式打开（%1）</translation>
    </message>
    <message>
        <source>the file has a header but no data rows</source>
        <translation>文件有标题行但没有数据行</translation>
    </message>
    <message>
        <source>no column for %1 (columns: %2); name one with --map %3=COLUMN</source>
        <translation>没有 %1 的列（列：%2）；请用 --map %3=列 指定</translation>
    </message>
    <message>
        <source>cannot start the import: %1</source>
        <translation>无法开始导入：%1</translation>
    </message>
    <message>
        <source>cannot store the row: %1</source>
        <translation>无法保存这一行：%1</translation>
    </message>
    <message>
        <source>import canceled; the project is unchanged</source>
        <translation>导入已取消；项目没有变化</translation>
    </message>
    <message>
        <source>no row could be imported; first problem: %1</source>
        <translation>没有任何行能够导入；第一个问题：%1</translation>
    </message>
    <message>
        <source>Indexing</source>
        <translation>正在建立索引</translation>
    </message>
    <message>
        <source>cannot record the import</source>
        <translation>无法记录这次导入</translation>
    </message>
    <message>
        <source>cannot save the import: %1</source>
        <translation>无法保存导入：%1</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>cannot read the rejected rows</source>
        <translation>无法读取被拒绝的行</translation>
    </message>
    <message>
        <source>not an Excel workbook (xl/workbook.xml is missing)</source>
        <translation>不是 Excel 工作簿（缺少 xl/workbook.xml）</translation>
    </message>
    <message>
        <source>%1 holds more than %2 MiB of text; Quadrant stops there</source>
        <translation>%1 包含超过 %2 MiB 的文本；Quadrant 在此停止</translation>
    </message>
    <message>
        <source>cannot read the workbook (not a valid .xlsx file)</source>
        <translation>无法读取工作簿（不是有效的 .xlsx 文件）</translation>
    </message>
    <message>
        <source>the workbook&apos;s first sheet (%1) is missing</source>
        <translation>工作簿的第一个工作表（%1）缺失</translation>
    </message>
    <message>
        <source>cannot read the first sheet</source>
        <translation>无法读取第一个工作表</translation>
    </message>
    <message>
        <source>the first sheet is empty</source>
        <translation>第一个工作表是空的</translation>
    </message>
    <message>
        <source>damaged worksheet XML: %1</source>
        <translation>工作表 XML 已损坏：%1</translation>
    </message>
    <message>
        <source>the project already holds data; the sample goes into a new project</source>
        <translation>项目中已有数据；示例数据会放入一个新项目</translation>
    </message>
    <message>
        <source>cannot record the sample</source>
        <translation>无法记录示例数据</translation>
    </message>
    <message>
        <source>canceled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Generating events</source>
        <translation>正在生成事件</translation>
    </message>
    <message>
        <source>sample %1: %2</source>
        <translation>示例 %1：%2</translation>
    </message>
    <message>
        <source>Writing events</source>
        <translation>正在写入事件</translation>
    </message>
    <message>
        <source>the project is open read-only; the cohort cannot be saved</source>
        <translation>项目以只读方式打开；无法保存同期群</translation>
    </message>
    <message>
        <source>a cohort needs a name</source>
        <translation>同期群需要一个名称</translation>
    </message>
    <message>
        <source>cannot save the cohort (is the project from an older Quadrant?)</source>
        <translation>无法保存同期群（项目是否来自较旧版本的 Quadrant？）</translation>
    </message>
    <message>
        <source>canceled; nothing was written</source>
        <translation>已取消；没有写入任何内容</translation>
    </message>
    <message>
        <source>Finding identifiers</source>
        <translation>正在查找标识符</translation>
    </message>
    <message>
        <source>Replacing identifiers</source>
        <translation>正在替换标识符</translation>
    </message>
    <message>
        <source>the demo copy would replace the project itself; choose another name</source>
        <translation>演示副本会覆盖项目本身；请换一个名称</translation>
    </message>
    <message>
        <source>Copying the project</source>
        <translation>正在复制项目</translation>
    </message>
    <message>
        <source>Writing the demo copy</source>
        <translation>正在写入演示副本</translation>
    </message>
    <message>
        <source>cannot write the demo copy: %1</source>
        <translation>无法写入演示副本：%1</translation>
    </message>
    <message>
        <source>Demo copy written</source>
        <translation>演示副本已写入</translation>
    </message>
    <message>
        <source>the copy would replace the project itself; choose another name</source>
        <translation>副本会覆盖项目本身；请换一个名称</translation>
    </message>
    <message>
        <source>cannot save a copy: %1</source>
        <translation>无法保存副本：%1</translation>
    </message>
    <message>
        <source>%1 is a folder or a special file, not a lock Quadrant made; remove it to open the project for writing</source>
        <translation>%1 是文件夹或特殊文件，不是 Quadrant 创建的锁；请删除它后再以可写方式打开项目</translation>
    </message>
    <message>
        <source>its folder is not writable</source>
        <translation>它所在的文件夹不可写</translation>
    </message>
    <message>
        <source>in use by %1/%2; open it read-only or close it there first (if that program is gone, delete %3 to take the project over)</source>
        <translation>正被 %1/%2 使用；请以只读方式打开，或先在那里关闭它（如果那个程序已经不在了，删除 %3 即可接管项目）</translation>
    </message>
    <message>
        <source>another computer</source>
        <translation>另一台计算机</translation>
    </message>
    <message>
        <source>another program is opening it right now (%1 was just made); try again in a few seconds</source>
        <translation>另一个程序正在打开它（刚刚创建了 %1）；请过几秒再试</translation>
    </message>
    <message>
        <source>%1 is left from a crash but cannot be removed (%2); remove it to open the project for writing</source>
        <translation>%1 是崩溃遗留的，但无法删除（%2）；请删除它后再以可写方式打开项目</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>权限被拒绝</translation>
    </message>
    <message>
        <source>unknown reason</source>
        <translation>未知原因</translation>
    </message>
    <message>
        <source>cannot take the lock %1; remove it to open the project for writing</source>
        <translation>无法获取锁 %1；请删除它后再以可写方式打开项目</translation>
    </message>
    <message>
        <source>file already exists; choose another name</source>
        <translation>文件已存在；请换一个名称</translation>
    </message>
    <message>
        <source>cannot create: %1</source>
        <translation>无法创建：%1</translation>
    </message>
    <message>
        <source>cannot open: %1</source>
        <translation>无法打开：%1</translation>
    </message>
    <message>
        <source>the project file is damaged and cannot be read (%1); it was left unchanged</source>
        <translation>项目文件已损坏，无法读取（%1）；文件未被改动</translation>
    </message>
    <message>
        <source>the project file is damaged (%1%2); it was left unchanged, open a copy made before the damage</source>
        <translation>项目文件已损坏（%1%2）；文件未被改动，请打开损坏之前做的副本</translation>
    </message>
    <message>
        <source>is a folder, not a Quadrant project</source>
        <translation>是文件夹，不是 Quadrant 项目</translation>
    </message>
    <message>
        <source>the file is empty, not a Quadrant project</source>
        <translation>文件是空的，不是 Quadrant 项目</translation>
    </message>
    <message>
        <source>not a Quadrant project (not an SQLite database, or its header is damaged); the file was left unchanged</source>
        <translation>不是 Quadrant 项目（不是 SQLite 数据库，或文件头已损坏）；文件未被改动</translation>
    </message>
    <message>
        <source>an SQLite database, but not a Quadrant project (application id 0x%1); the file was left unchanged</source>
        <translation>是 SQLite 数据库，但不是 Quadrant 项目（application id 0x%1）；文件未被改动</translation>
    </message>
    <message>
        <source>the project file is damaged (its schema version is %1); it was left unchanged</source>
        <translation>项目文件已损坏（其结构版本为 %1）；文件未被改动</translation>
    </message>
    <message>
        <source>its folder is not writable; opened read-only</source>
        <translation>它所在的文件夹不可写；已以只读方式打开</translation>
    </message>
    <message>
        <source>was left half-written by a crash and cannot be recovered (%1)</source>
        <translation>因崩溃只写了一半，无法恢复（%1）</translation>
    </message>
    <message>
        <source>made by a newer version of Quadrant (schema %1, this version knows %2); opened read-only</source>
        <translation>由较新版本的 Quadrant 创建（结构版本 %1，本版本只认识 %2）；已以只读方式打开</translation>
    </message>
    <message>
        <source>the project file is damaged; it was left unchanged</source>
        <translation>项目文件已损坏；文件未被改动</translation>
    </message>
    <message>
        <source>cannot upgrade the project file from schema %1 (%2); it was left unchanged</source>
        <translation>无法从结构版本 %1 升级项目文件（%2）；文件未被改动</translation>
    </message>
    <message>
        <source>cannot upgrade the project file: %1</source>
        <translation>无法升级项目文件：%1</translation>
    </message>
    <message>
        <source>cannot read the tables: %1</source>
        <translation>无法读取数据表：%1</translation>
    </message>
    <message>
        <source>cannot count the rows of %1: %2</source>
        <translation>无法统计 %1 的行数：%2</translation>
    </message>
    <message>
        <source>it is %1, which is being read</source>
        <translation>它是正在读取的 %1</translation>
    </message>
    <message>
        <source>it is the open project %1</source>
        <translation>它是已打开的项目 %1</translation>
    </message>
    <message>
        <source>it belongs to the open project %1 (SQLite&apos;s journal or Quadrant&apos;s lock)</source>
        <translation>它属于已打开的项目 %1（SQLite 的日志或 Quadrant 的锁）</translation>
    </message>
    <message>
        <source>refusing to write here: %1; choose another file</source>
        <translation>拒绝写入此处：%1；请选择另一个文件</translation>
    </message>
    <message>
        <source>the project is open read-only; analyses cannot be saved</source>
        <translation>项目以只读方式打开；无法保存分析</translation>
    </message>
    <message>
        <source>cannot read the saved analyses: %1</source>
        <translation>无法读取已保存的分析：%1</translation>
    </message>
    <message>
        <source>an analysis needs a name</source>
        <translation>分析需要一个名称</translation>
    </message>
    <message>
        <source>an analysis named &apos;%1&apos; already exists</source>
        <translation>已存在名为“%1”的分析</translation>
    </message>
    <message>
        <source>schema statement failed: %1 (%2)</source>
        <translation>结构语句失败：%1（%2）</translation>
    </message>
    <message>
        <source>cannot read the schema version</source>
        <translation>无法读取结构版本</translation>
    </message>
    <message>
        <source>schema version %1 is newer than %2</source>
        <translation>结构版本 %1 比 %2 新</translation>
    </message>
    <message>
        <source>migration to version %1: %2</source>
        <translation>迁移到版本 %1：%2</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 失败：%2</translation>
    </message>
    <message>
        <source>cannot build the reference schema of version %1</source>
        <translation>无法建立版本 %1 的参考结构</translation>
    </message>
    <message>
        <source>the project file is damaged or was changed by another program (%1); it was left unchanged</source>
        <translation>项目文件已损坏或被其他程序修改过（%1）；文件未被改动</translation>
    </message>
    <message>
        <source>table &apos;%1&apos; is missing</source>
        <translation>数据表“%1”缺失</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a %2, not a table</source>
        <translation>“%1”是 %2，不是数据表</translation>
    </message>
    <message>
        <source>table &apos;%1&apos; has no column &apos;%2&apos;</source>
        <translation>数据表“%1”没有列“%2”</translation>
    </message>
    <message>
        <source>index &apos;%1&apos; is missing</source>
        <translation>索引“%1”缺失</translation>
    </message>
    <message>
        <source>cannot prepare statement: %1</source>
        <translation>无法准备语句：%1</translation>
    </message>
    <message>
        <source>Onboarding funnel</source>
        <translation>新用户引导漏斗</translation>
    </message>
    <message>
        <source>Signup to purchase by channel</source>
        <translation>各渠道从注册到购买</translation>
    </message>
    <message>
        <source>Weekly retention after signup</source>
        <translation>注册后的每周留存</translation>
    </message>
    <message>
        <source>Weekly events, front end vs back end</source>
        <translation>每周事件数，前端对比后端</translation>
    </message>
    <message>
        <source>Daily active persons, last 4 weeks vs the 4 before</source>
        <translation>每日活跃用户，最近 4 周对比之前 4 周</translation>
    </message>
    <message>
        <source>What people do after signing up</source>
        <translation>用户注册后做了什么</translation>
    </message>
    <message>
        <source>When people are active</source>
        <translation>用户何时活跃</translation>
    </message>
    <message>
        <source>Feature adoption by industry</source>
        <translation>各行业的功能采用</translation>
    </message>
    <message>
        <source>Pricing page test: purchases</source>
        <translation>定价页实验：购买</translation>
    </message>
    <message>
        <source>Account health</source>
        <translation>客户健康度</translation>
    </message>
    <message>
        <source>Accounts by health</source>
        <translation>按健康度排列的客户</translation>
    </message>
    <message>
        <source>Renewal and expansion</source>
        <translation>续约与增购</translation>
    </message>
    <message>
        <source>Pipeline by owner</source>
        <translation>各负责人的销售管道</translation>
    </message>
    <message>
        <source>Channel ROI</source>
        <translation>渠道 ROI</translation>
    </message>
    <message>
        <source>Lead scoring</source>
        <translation>线索评分</translation>
    </message>
    <message>
        <source>day</source>
        <translation>天</translation>
    </message>
    <message>
        <source>week</source>
        <translation>周</translation>
    </message>
    <message>
        <source>month</source>
        <translation>月</translation>
    </message>
    <message>
        <source>Day %1</source>
        <translation>第 %1 天</translation>
    </message>
    <message>
        <source>Week %1</source>
        <translation>第 %1 周</translation>
    </message>
    <message>
        <source>Month %1</source>
        <translation>第 %1 月</translation>
    </message>
    <message>
        <source>Seat use</source>
        <translation>席位使用率</translation>
    </message>
    <message>
        <source>Usage trend</source>
        <translation>使用趋势</translation>
    </message>
    <message>
        <source>Key features</source>
        <translation>关键功能</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>Renewal</source>
        <translation>续约</translation>
    </message>
    <message>
        <source>Events: %1</source>
        <translation>事件：%1</translation>
    </message>
    <message>
        <source>Healthy and growing: ready for an upsell</source>
        <translation>健康且在增长：可以增购</translation>
    </message>
    <message>
        <source>Healthy, not growing: keep them happy</source>
        <translation>健康但没有增长：让他们保持满意</translation>
    </message>
    <message>
        <source>Active but unhealthy: act before the renewal</source>
        <translation>活跃但不健康：在续约前采取行动</translation>
    </message>
    <message>
        <source>Unhealthy and quiet: at risk of churning</source>
        <translation>不健康且沉寂：有流失风险</translation>
    </message>
    <message>
        <source>Not enough data for a score</source>
        <translation>数据不足，无法评分</translation>
    </message>
    <message>
        <source>expand</source>
        <translation>增购</translation>
    </message>
    <message>
        <source>protect</source>
        <translation>维护</translation>
    </message>
    <message>
        <source>rescue</source>
        <translation>挽救</translation>
    </message>
    <message>
        <source>at-risk</source>
        <translation>流失风险</translation>
    </message>
    <message>
        <source>no-score</source>
        <translation>无评分</translation>
    </message>
    <message>
        <source>is a folder; name the demo copy&apos;s file</source>
        <translation>是文件夹；请指定演示副本的文件名</translation>
    </message>
    <message>
        <source>its folder does not exist</source>
        <translation>它所在的文件夹不存在</translation>
    </message>
    <message>
        <source>NPS %1</source>
        <translation>NPS %1</translation>
    </message>
    <message>
        <source>Lead %1 (%2)</source>
        <translation>线索 %1（%2）</translation>
    </message>
    <message>
        <source>Deal %1 opened</source>
        <translation>商机 %1 已创建</translation>
    </message>
    <message>
        <source>Deal %1 %2</source>
        <translation>商机 %1 %2</translation>
    </message>
    <message>
        <source>amount %1</source>
        <translation>金额 %1</translation>
    </message>
    <message>
        <source>Exporting events</source>
        <translation>正在导出事件</translation>
    </message>
    <message>
        <source>more than 4 GB of person ids</source>
        <translation>人员 ID 超过 4 GB</translation>
    </message>
    <message>
        <source>more than 4,294,967,295 events in one project</source>
        <translation>一个项目中的事件超过 4,294,967,295 个</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>an event name or source id is out of range; the project is damaged</source>
        <translation>事件名称或来源 ID 超出范围，项目已损坏</translation>
    </message>
    <message>
        <source>cannot compress the events</source>
        <translation>无法压缩事件</translation>
    </message>
    <message>
        <source>cannot write events</source>
        <translation>无法写入事件</translation>
    </message>
    <message>
        <source>cannot read the events</source>
        <translation>无法读取事件</translation>
    </message>
    <message>
        <source>cannot read the identities</source>
        <translation>无法读取身份</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a ClickHouse address: write http://[USER@]HOST:PORT, for example http://analyst@127.0.0.1:8123</source>
        <translation>“%1”不是 ClickHouse 地址:请写成 http://[用户@]主机:端口,例如 http://analyst@127.0.0.1:8123</translation>
    </message>
    <message>
        <source>&apos;%1&apos; holds a password: leave it out and set QUADRANT_CLICKHOUSE_PASSWORD instead</source>
        <translation>“%1”中含有密码:请去掉密码,改为设置 QUADRANT_CLICKHOUSE_PASSWORD</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has a path or query: write http://[USER@]HOST:PORT only</source>
        <translation>“%1”含有路径或查询参数:只写 http://[用户@]主机:端口</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a database name (letters, digits and _, 64 at most)</source>
        <translation>“%1”不是数据库名(只能用字母、数字和 _,最多 64 个字符)</translation>
    </message>
    <message>
        <source>no answer in %1 s</source>
        <translation>%1 秒内没有应答</translation>
    </message>
    <message>
        <source>cannot connect to ClickHouse at %1: %2</source>
        <translation>无法连接 %1 上的 ClickHouse:%2</translation>
    </message>
    <message>
        <source>the connection to ClickHouse at %1 broke: %2</source>
        <translation>与 %1 上 ClickHouse 的连接中断:%2</translation>
    </message>
    <message>
        <source>ClickHouse at %1 took no data for %2 s</source>
        <translation>%1 上的 ClickHouse 在 %2 秒内没有接收数据</translation>
    </message>
    <message>
        <source>ClickHouse at %1 sent nothing for %2 s; the query was stopped on the server</source>
        <translation>%1 上的 ClickHouse 在 %2 秒内没有返回任何数据;已在服务器上停止该查询</translation>
    </message>
    <message>
        <source>ClickHouse at %1 did not answer in HTTP</source>
        <translation>%1 上的 ClickHouse 没有以 HTTP 应答</translation>
    </message>
    <message>
        <source>ClickHouse at %1 refused user &apos;%2&apos;: %3 (set the password in QUADRANT_CLICKHOUSE_PASSWORD)</source>
        <translation>%1 上的 ClickHouse 拒绝了用户“%2”:%3(请在 QUADRANT_CLICKHOUSE_PASSWORD 中设置密码)</translation>
    </message>
    <message>
        <source>ClickHouse at %1: %2</source>
        <translation>%1 上的 ClickHouse:%2</translation>
    </message>
    <message>
        <source>the project file is of an older version: open it in the workbench once, so that it is upgraded, then push</source>
        <translation>项目文件版本较旧:请先在工作台中打开一次以完成升级,然后再推送</translation>
    </message>
    <message>
        <source>ClickHouse at %1 holds no events of a project yet: run `quadrant-cli push` (or File &gt; Push Events to ClickHouse) first</source>
        <translation>%1 上的 ClickHouse 还没有任何项目的事件:请先运行 `quadrant-cli push`(或选择“文件 &gt; 推送事件到 ClickHouse”)</translation>
    </message>
    <message>
        <source>the last push to ClickHouse at %1 did not finish: push again, it resumes where it stopped</source>
        <translation>上次推送到 %1 上 ClickHouse 的操作没有完成:请再次推送,会从中断处继续</translation>
    </message>
    <message>
        <source>the events on ClickHouse at %1 are not this project&apos;s as it is now (events imported or persons merged since the push, or another project): push again</source>
        <translation>%1 上 ClickHouse 中的事件与本项目当前的数据不一致(推送后又导入了事件或合并了用户,或是其他项目的数据):请重新推送</translation>
    </message>
    <message>
        <source>event block %1 cannot be pushed (its id or size is out of range)</source>
        <translation>事件块 %1 无法推送(其编号或大小超出范围)</translation>
    </message>
    <message>
        <source>ClickHouse at %1 holds %2 events of block %3 where the project has %4: drop the database %5 there and push again</source>
        <translation>%1 上的 ClickHouse 中块 %3 有 %2 个事件,而项目中为 %4 个:请在服务器上删除数据库 %5 后重新推送</translation>
    </message>
    <message>
        <source>Pushing events to ClickHouse</source>
        <translation>正在推送事件到 ClickHouse</translation>
    </message>
    <message>
        <source>ClickHouse at %1 gave no totals</source>
        <translation>%1 上的 ClickHouse 没有返回总数</translation>
    </message>
    <message>
        <source>Pushed</source>
        <translation>已推送</translation>
    </message>
    <message>
        <source>ClickHouse at %1 holds an event of a person or an event name this project does not have: push again</source>
        <translation>%1 上的 ClickHouse 中有本项目没有的用户或事件名的事件:请重新推送</translation>
    </message>
    <message>
        <source>Reading events from ClickHouse</source>
        <translation>正在从 ClickHouse 读取事件</translation>
    </message>
    <message>
        <source>ClickHouse at %1 sent %2 of %3 events, or a row cut short</source>
        <translation>%1 上的 ClickHouse 只发送了 %3 个事件中的 %2 个,或有一行被截断</translation>
    </message>
    <message>
        <source>this analysis would read %1 events from ClickHouse at %2, more than this computer can hold (about %3): compute it on a sample of persons (quadrant-cli --sample PERCENT), or name fewer events</source>
        <translation>此分析需要从 %2 上的 ClickHouse 读取 %1 个事件,超过了本机能容纳的数量(约 %3 个):请改用用户抽样计算(quadrant-cli --sample 百分比),或减少涉及的事件</translation>
    </message>
    <message>
        <source>ClickHouse at %1 sent a row cut short</source>
        <translation>%1 上的 ClickHouse 发送的一行数据不完整</translation>
    </message>
    <message>
        <source>the project holds more than %1 event sources; Quadrant reads at most %1</source>
        <translation>项目中的事件来源超过 %1 个；Quadrant 最多读取 %1 个</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>磁盘已满</translation>
    </message>
    <message>
        <source>the disk quota is used up</source>
        <translation>磁盘配额已用完</translation>
    </message>
    <message>
        <source>the file would grow beyond the size allowed</source>
        <translation>文件将超过允许的大小</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>磁盘为只读</translation>
    </message>
    <message>
        <source>an input/output error (the disk may be failing)</source>
        <translation>输入/输出错误（磁盘可能出现故障）</translation>
    </message>
    <message>
        <source>the folder does not exist</source>
        <translation>文件夹不存在</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>这是一个文件夹</translation>
    </message>
    <message>
        <source>it is on another disk</source>
        <translation>它位于另一个磁盘上</translation>
    </message>
    <message>
        <source>the file or its folder is read-only</source>
        <translation>文件或其所在文件夹为只读</translation>
    </message>
    <message>
        <source>the file cannot be opened</source>
        <translation>无法打开该文件</translation>
    </message>
    <message>
        <source>is a folder; name a file</source>
        <translation>是一个文件夹；请指定一个文件</translation>
    </message>
    <message>
        <source>cannot write: not opened</source>
        <translation>无法写入：文件未打开</translation>
    </message>
    <message>
        <source>line %1 has more than %2 columns, the most Quadrant reads; is the delimiter &apos;%3&apos; right?</source>
        <translation>第 %1 行超过 %2 列，这是 Quadrant 能读取的上限；分隔符“%3”是否正确？</translation>
    </message>
    <message>
        <source>line %1 is too long (more than %2 MiB)</source>
        <translation>第 %1 行过长（超过 %2 MiB）</translation>
    </message>
    <message>
        <source>%1: the quote opened on line %2 is never closed</source>
        <translation>%1：第 %2 行开始的引号始终没有闭合</translation>
    </message>
    <message>
        <source>%1; is this a CSV file?</source>
        <translation>%1；这是 CSV 文件吗？</translation>
    </message>
    <message>
        <source>&quot;%1&quot; would be event source %2; a project holds at most %3</source>
        <translation>“%1”将是第 %2 个事件来源；一个项目最多容纳 %3 个</translation>
    </message>
    <message>
        <source>no line could be read; the first: %1</source>
        <translation>没有任何行可以读取；第一行：%1</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <source>lines %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <source>%1 and %2 more</source>
        <translation>%1 等另外 %2 处</translation>
    </message>
    <message>
        <source>%1 with no %2 (%3)</source>
        <translation>%1 缺少 %2（%3）</translation>
    </message>
    <message>
        <source>%1 event left out: %2</source>
        <translation>略去 %1 个事件：%2</translation>
    </message>
    <message>
        <source>%1 events left out: %2</source>
        <translation>略去 %1 个事件：%2</translation>
    </message>
    <message>
        <source>%1 row left out: %2</source>
        <translation>略去 %1 行：%2</translation>
    </message>
    <message>
        <source>%1 rows left out: %2</source>
        <translation>略去 %1 行：%2</translation>
    </message>
    <message>
        <source>QUADRANT_CLICKHOUSE_DEADLINE is &apos;%1&apos;: write a number of seconds from 1 to %2</source>
        <translation>QUADRANT_CLICKHOUSE_DEADLINE 的值为“%1”：请填写 1 到 %2 之间的秒数</translation>
    </message>
    <message>
        <source>ClickHouse at %1 did not finish within %2 s (a server that answers too slowly; QUADRANT_CLICKHOUSE_DEADLINE sets the limit); the query was stopped on the server</source>
        <translation>位于 %1 的 ClickHouse 未在 %2 秒内完成（服务器应答过慢；上限由 QUADRANT_CLICKHOUSE_DEADLINE 设定）；已在服务器上停止该查询</translation>
    </message>
    <message>
        <source>ClickHouse at %1 sent more than %2 MB where a short answer was expected; the query was stopped on the server</source>
        <translation>位于 %1 的 ClickHouse 在应只返回简短结果时发送了超过 %2 MB 的数据；已在服务器上停止该查询</translation>
    </message>
    <message>
        <source>the project file does not say which project it is (no created_at in project_meta), so no ClickHouse database can be marked as its own</source>
        <translation>项目文件未注明它是哪个项目（project_meta 中没有 created_at），因此无法将任何 ClickHouse 数据库标记为它自己的</translation>
    </message>
    <message>
        <source>the database %1 on ClickHouse at %2 holds another project&apos;s events: push with --database and a name of its own, or drop that database there yourself</source>
        <translation>位于 %2 的 ClickHouse 上的数据库 %1 存有另一个项目的事件：请用 --database 指定一个专属名称再推送，或自行在服务器上删除该数据库</translation>
    </message>
    <message>
        <source>the database %1 on ClickHouse at %2 holds events that no Quadrant project marked as its own (an older Quadrant&apos;s push, or another program&apos;s): push with --database and a name of its own, or drop that database there yourself</source>
        <translation>位于 %2 的 ClickHouse 上的数据库 %1 存有未被任何 Quadrant 项目标记为己有的事件（旧版 Quadrant 的推送，或其他程序的数据）：请用 --database 指定一个专属名称再推送，或自行在服务器上删除该数据库</translation>
    </message>
    <message>
        <source>block %1 of the events is damaged; the project cannot be read</source>
        <translation>事件的第 %1 块已损坏；无法读取该项目</translation>
    </message>
    <message>
        <source>cannot make a private copy: %1</source>
        <translation>无法创建私有副本：%1</translation>
    </message>
    <message>
        <source>cannot read the project: %1</source>
        <translation>无法读取项目：%1</translation>
    </message>
    <message>
        <source>Reading the project</source>
        <translation>正在读取项目</translation>
    </message>
    <message>
        <source>the project was made by a newer Quadrant (file version %1; this one reads up to %2); open it with that version</source>
        <translation>该项目由更新版本的 Quadrant 创建（文件版本 %1；本版本最多读取到 %2）；请用该版本打开</translation>
    </message>
    <message>
        <source>cannot create the file: %1</source>
        <translation>无法创建文件：%1</translation>
    </message>
    <message>
        <source>a file of that name appeared meanwhile</source>
        <translation>同名文件在此期间出现了</translation>
    </message>
    <message>
        <source>cannot write beside it: %1</source>
        <translation>无法在其旁边写入：%1</translation>
    </message>
    <message>
        <source>cannot find a free name beside it</source>
        <translation>在其旁边找不到可用的文件名</translation>
    </message>
    <message>
        <source>cannot write the file: %1</source>
        <translation>无法写入文件：%1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has a control character in its user name: write the name as it is</source>
        <translation>“%1”的用户名中含有控制字符：请按原样书写用户名</translation>
    </message>
    <message>
        <source>the ClickHouse user name or password (QUADRANT_CLICKHOUSE_PASSWORD) has a control character: write it as it is</source>
        <translation>ClickHouse 用户名或密码（QUADRANT_CLICKHOUSE_PASSWORD）中含有控制字符：请按原样书写</translation>
    </message>
    <message>
        <source>ClickHouse at %1 sent %2 of the %3 bytes its answer announced: the connection broke</source>
        <translation>位于 %1 的 ClickHouse 只发送了其应答声明的 %3 字节中的 %2 字节：连接已中断</translation>
    </message>
    <message>
        <source>ClickHouse at %1 did not answer a count of the events in %2 as ClickHouse does (&apos;%3&apos;); nothing was sent</source>
        <translation>位于 %1 的 ClickHouse 没有像 ClickHouse 那样回答 %2 中的事件数（“%3”）；未发送任何内容</translation>
    </message>
    <message>
        <source>ClickHouse at %1 counted no events in %2, then listed blocks of them: nothing was dropped or sent</source>
        <translation>位于 %1 的 ClickHouse 先称 %2 中没有事件，随后又列出了事件块：未删除也未发送任何内容</translation>
    </message>
    <message>
        <source>ClickHouse at %1 sent totals or event names that cannot be read (an answer cut short?): the push is not recorded as finished; push again</source>
        <translation>位于 %1 的 ClickHouse 发送的总数或事件名称无法读取（应答被截断？）：本次推送未记为完成；请重新推送</translation>
    </message>
    <message>
        <source>ClickHouse at %1 counts more events than the project holds (%2): push again</source>
        <translation>位于 %1 的 ClickHouse 统计的事件数超过了项目所含的事件数（%2）：请重新推送</translation>
    </message>
    <message>
        <source>the events&apos; properties read from ClickHouse at %1 would take more memory than this computer can hold (about %2 MB with the events): name fewer properties, or compute it on a sample of persons (quadrant-cli --sample PERCENT)</source>
        <translation>从位于 %1 的 ClickHouse 读取的事件属性所需内存将超过本机容量（连同事件约 %2 MB）：请指定更少的属性，或在用户样本上计算（quadrant-cli --sample PERCENT）</translation>
    </message>
    <message>
        <source>ClickHouse at %1 sent an event&apos;s properties with a length over 64 MB, or with no length at all</source>
        <translation>位于 %1 的 ClickHouse 发送的某个事件属性长度超过 64 MB，或根本没有长度</translation>
    </message>
    <message>
        <source>the dates span more than %1 periods; choose a shorter range</source>
        <translation>日期跨越超过 %1 个周期；请选择更短的范围</translation>
    </message>
    <message>
        <source>a lifecycle breaks down by a person property (person.KEY), not &apos;%1&apos;: a person has one status per period</source>
        <translation>生命周期只能按用户属性（person.KEY）分组，不能按“%1”：每个用户在每个周期只有一个状态</translation>
    </message>
    <message>
        <source>Sorting persons into new, returning and dormant</source>
        <translation>正在把用户分为新用户、回访用户和沉睡用户</translation>
    </message>
    <message>
        <source>the breakdown has too many values for this many periods; choose a property with fewer values or a shorter range</source>
        <translation>对这么多周期来说，分组的取值太多；请选择取值更少的属性或更短的范围</translation>
    </message>
    <message>
        <source>Weekly active persons: new, returning, resurrecting, dormant</source>
        <translation>每周活跃用户：新用户、回访、回流、沉睡</translation>
    </message>
    <message>
        <source>Counting active days</source>
        <translation>正在统计活跃天数</translation>
    </message>
    <message>
        <source>How many days a week people log in</source>
        <translation>人们每周有几天登录</translation>
    </message>
    <message>
        <source>Breakdown</source>
        <translation>分组</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>周期</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>用户数</translation>
    </message>
    <message>
        <source>new</source>
        <translation>新用户</translation>
    </message>
    <message>
        <source>returning</source>
        <translation>回访</translation>
    </message>
    <message>
        <source>resurrecting</source>
        <translation>回流</translation>
    </message>
    <message>
        <source>dormant</source>
        <translation>沉睡</translation>
    </message>
    <message>
        <source>At least days</source>
        <translation>至少天数</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>天数</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>占比</translation>
    </message>
</context>
<context>
    <name>Quadrant::AbView</name>
    <message>
        <source>Only persons first exposed between</source>
        <translation>仅限首次进入实验的时间在</translation>
    </message>
    <message>
        <source>The property that holds the variant (A, B, ...). An event property: a person&apos;s variant is the first value they were seen with. A person property: the person&apos;s own value (a per-person result table imported as persons). Drag a property here.</source>
        <translation>存放实验版本（A、B……）的属性。事件属性：用户的版本是他们第一次出现时带的值。用户属性：用户自己的值（作为用户导入的逐人结果表）。把属性拖到这里。</translation>
    </message>
    <message>
        <source>The variant the others are compared with</source>
        <translation>其他版本与之比较的版本</translation>
    </message>
    <message>
        <source>Conversion to an event</source>
        <translation>转化到某个事件</translation>
    </message>
    <message>
        <source>Session duration</source>
        <translation>会话时长</translation>
    </message>
    <message>
        <source>Events per session</source>
        <translation>每个会话的事件数</translation>
    </message>
    <message>
        <source>Bounce rate</source>
        <translation>跳出率</translation>
    </message>
    <message>
        <source>Sum of an event property per person</source>
        <translation>每个用户的事件属性总和</translation>
    </message>
    <message>
        <source>Yes/no person property</source>
        <translation>是/否型用户属性</translation>
    </message>
    <message>
        <source>Numeric person property</source>
        <translation>数值型用户属性</translation>
    </message>
    <message>
        <source>Counts as converted: did this event after first seeing the test. Drag an event here.</source>
        <translation>算作转化：首次看到实验之后做了这个事件。把事件拖到这里。</translation>
    </message>
    <message>
        <source>The property compared: a numeric event property summed per person, or a person property holding each person&apos;s outcome (yes/no, or a number)</source>
        <translation>比较的属性：按用户求和的数值型事件属性，或存放每个用户结果的用户属性（是/否或数字）</translation>
    </message>
    <message>
        <source>equal, or e.g. 50,50</source>
        <translation>均分，或如 50,50</translation>
    </message>
    <message>
        <source>The planned share of each variant (control first, then the others alphabetically), for the sample-ratio check</source>
        <translation>每个版本的计划占比（先对照组，其余按字母顺序），用于样本比例检验</translation>
    </message>
    <message>
        <source>Variant property</source>
        <translation>实验版本属性</translation>
    </message>
    <message>
        <source>Control</source>
        <translation>对照组</translation>
    </message>
    <message>
        <source>Compare on</source>
        <translation>比较指标</translation>
    </message>
    <message>
        <source>Converted when</source>
        <translation>转化条件</translation>
    </message>
    <message>
        <source>Property</source>
        <translation>属性</translation>
    </message>
    <message>
        <source>Planned split</source>
        <translation>计划分配</translation>
    </message>
    <message>
        <source>How many persons does a test need?</source>
        <translation>一个实验需要多少用户？</translation>
    </message>
    <message>
        <source>For rates: conversion or bounce (a two-sided test of two proportions)</source>
        <translation>用于比率：转化或跳出（两个比例的双侧检验）</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>The control&apos;s conversion rate today (filled from the result)</source>
        <translation>对照组当前的转化率（从结果中填入）</translation>
    </message>
    <message>
        <source> points</source>
        <translation> 个百分点</translation>
    </message>
    <message>
        <source>The smallest change worth detecting, in percentage points</source>
        <translation>值得检测的最小变化，单位为百分点</translation>
    </message>
    <message>
        <source>Baseline rate</source>
        <translation>基线比率</translation>
    </message>
    <message>
        <source>Detect a change of</source>
        <translation>检测的变化</translation>
    </message>
    <message>
        <source>Significance (alpha)</source>
        <translation>显著性水平（alpha）</translation>
    </message>
    <message>
        <source>Power</source>
        <translation>统计功效</translation>
    </message>
    <message>
        <source>Change variant property</source>
        <translation>更改实验版本属性</translation>
    </message>
    <message>
        <source>Change control</source>
        <translation>更改对照组</translation>
    </message>
    <message>
        <source>Change conversion event</source>
        <translation>更改转化事件</translation>
    </message>
    <message>
        <source>Change planned split</source>
        <translation>更改计划分配</translation>
    </message>
    <message>
        <source>Convert on %1</source>
        <translation>按 %1 转化</translation>
    </message>
    <message>
        <source>Variants from %1</source>
        <translation>版本来自 %1</translation>
    </message>
    <message>
        <source>Compare on %1</source>
        <translation>按 %1 比较</translation>
    </message>
    <message>
        <source>Change dates</source>
        <translation>更改日期</translation>
    </message>
    <message>
        <source>(choose a property)</source>
        <translation>（选择一个属性）</translation>
    </message>
    <message>
        <source>Now choose the property to compare on.</source>
        <translation>现在选择要比较的属性。</translation>
    </message>
    <message>
        <source>Change metric</source>
        <translation>更改指标</translation>
    </message>
    <message>
        <source>(first value)</source>
        <translation>（首个值）</translation>
    </message>
    <message>
        <source>(choose an event)</source>
        <translation>（选择一个事件）</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Which variant wins?&lt;/h3&gt;Choose (or drag from the catalog) the property that holds the variant, such as &lt;b&gt;pricing_test&lt;/b&gt;, and the event that counts as converting, such as &lt;b&gt;purchase&lt;/b&gt; — or compare session length, events per session or bounce instead.&lt;p&gt;A per-person result table (one row per person, no time) is imported as persons: choose its variant column as a person property and compare on a yes/no or a numeric person property.</source>
        <translation>&lt;h3&gt;哪个版本胜出？&lt;/h3&gt;选择（或从目录中拖入）存放实验版本的属性，例如 &lt;b&gt;pricing_test&lt;/b&gt;，以及算作转化的事件，例如 &lt;b&gt;purchase&lt;/b&gt;——也可以改为比较会话时长、每个会话的事件数或跳出率。&lt;p&gt;逐人结果表（每人一行，没有时间）请作为用户导入：把其版本列选为用户属性，再按是/否型或数值型用户属性进行比较。</translation>
    </message>
    <message>
        <source>This comparison cannot be computed</source>
        <translation>无法计算这个比较</translation>
    </message>
    <message>
        <source>%1 (first value)</source>
        <translation>%1（首个值）</translation>
    </message>
    <message>
        <source>Nobody was seen with the control &apos;%1&apos; of &apos;%2&apos;.</source>
        <translation>没有人看到“%2”的对照组“%1”。</translation>
    </message>
    <message>
        <source>1 person</source>
        <translation>1 人</translation>
    </message>
    <message>
        <source>%1 persons</source>
        <translation>%1 人</translation>
    </message>
    <message>
        <source>mean %1</source>
        <translation>均值 %1</translation>
    </message>
    <message>
        <source>Only one variant was seen.</source>
        <translation>只看到了一个版本。</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1，按 %2</translation>
    </message>
    <message>
        <source>Sample ratio check: not made (the planned split does not name every variant seen).</source>
        <translation>样本比例检验：未进行（计划分配没有列出看到的每个版本）。</translation>
    </message>
    <message>
        <source>Sample ratio check failed (p = %1): the persons per variant differ from the planned split more than chance would make them, so how persons were assigned may be broken and the comparison above may mislead. %2</source>
        <translation>样本比例检验未通过（p = %1）：各版本的用户数与计划分配的差异超出了偶然所能造成的程度，分组方式可能有问题，上面的比较可能会误导。%2</translation>
    </message>
    <message>
        <source>Sample ratio check passed (p = %1): the persons per variant are as close to the planned split as chance allows (it fails below p = 0.001). %2</source>
        <translation>样本比例检验通过（p = %1）：各版本的用户数与计划分配的接近程度在偶然范围之内（p 低于 0.001 时不通过）。%2</translation>
    </message>
    <message>
        <source>Baseline plus change must stay between 0% and 100%.</source>
        <translation>基线加上变化必须在 0% 到 100% 之间。</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 persons per variant&lt;/b&gt; to detect %2 → %3 with %4% power at alpha %5.</source>
        <translation>&lt;b&gt;每个版本 %1 人&lt;/b&gt;，才能以 %4% 的功效、alpha %5 检测出 %2 → %3 的变化。</translation>
    </message>
    <message>
        <source> The smallest variant here has %1 (%2% of that).</source>
        <translation> 这里最小的版本有 %1 人（占所需的 %2%）。</translation>
    </message>
    <message>
        <source> &lt;b&gt;The difference is significant with fewer persons than these settings need:&lt;/b&gt; that happens when the true change is larger than the one entered, or by chance when a test is looked at early; a test stopped at its first significant look overstates the change. Decide at the planned size.</source>
        <translation> &lt;b&gt;在少于这些设置所需的人数时差异就已显著：&lt;/b&gt;这会发生在真实变化大于所填变化时，或者在提前查看实验时偶然出现；在第一次显著时就停止的实验会夸大变化。请在计划的样本量时再做决定。</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · control %2: %3, %4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · 对照组 %2：%3，%4</translation>
    </message>
    <message>
        <source>What is the sample ratio check?</source>
        <translation>什么是样本比例检验？</translation>
    </message>
</context>
<context>
    <name>Quadrant::AccountPage</name>
    <message>
        <source>Reading %1...</source>
        <translation>正在读取 %1...</translation>
    </message>
    <message>
        <source>Account %1</source>
        <translation>客户 %1</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Value (0-100)</source>
        <translation>值（0-100）</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>Health and usage</source>
        <translation>健康度与使用情况</translation>
    </message>
    <message>
        <source>Feature</source>
        <translation>功能</translation>
    </message>
    <message>
        <source>Share of people (90 days)</source>
        <translation>人员占比（90 天）</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Adoption</source>
        <translation>采用率</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Last activity (UTC)</source>
        <translation>最后活动（UTC）</translation>
    </message>
    <message>
        <source>Events, 30 days</source>
        <translation>30 天事件数</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>商机</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>商机</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>评分</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>评论</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>Timeline...</source>
        <translation>时间线...</translation>
    </message>
    <message>
        <source>Print Preview...</source>
        <translation>打印预览...</translation>
    </message>
    <message>
        <source>Health Report (PDF)...</source>
        <translation>健康度报告（PDF）...</translation>
    </message>
    <message>
        <source>The project&apos;s events are not read yet.</source>
        <translation>项目的事件尚未读取。</translation>
    </message>
    <message>
        <source>&lt;h2&gt;%1&lt;/h2&gt;%2</source>
        <translation>&lt;h2&gt;%1&lt;/h2&gt;%2</translation>
    </message>
    <message>
        <source>ARR %1</source>
        <translation>ARR %1</translation>
    </message>
    <message>
        <source>%1 seats</source>
        <translation>%1 个席位</translation>
    </message>
    <message>
        <source>renewal %1</source>
        <translation>续约 %1</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;background:%1;color:white;padding:4px&apos;&gt;&amp;nbsp;%2&amp;nbsp;&lt;/span&gt; %3%4</source>
        <translation>&lt;span style=&apos;background:%1;color:white;padding:4px&apos;&gt;&amp;nbsp;%2&amp;nbsp;&lt;/span&gt; %3%4</translation>
    </message>
    <message>
        <source>, %1%2 over 30 days</source>
        <translation>，30 天内 %1%2</translation>
    </message>
    <message>
        <source>no score (no measure has data)</source>
        <translation>没有评分（没有指标有数据）</translation>
    </message>
    <message>
        <source>&lt;h2&gt;%1&lt;/h2&gt;%2&lt;br&gt;Health as of %3: %4</source>
        <translation>&lt;h2&gt;%1&lt;/h2&gt;%2&lt;br&gt;截至 %3 的健康度：%4</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>没有数据</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <source>the account</source>
        <translation>该客户</translation>
    </message>
    <message>
        <source>the account is not read yet</source>
        <translation>客户尚未读取</translation>
    </message>
    <message>
        <source>Save Health Report</source>
        <translation>保存健康度报告</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Health Report</source>
        <translation>健康度报告</translation>
    </message>
</context>
<context>
    <name>Quadrant::AccountsView</name>
    <message>
        <source>The health model that scores the accounts</source>
        <translation>为客户评分的健康度模型</translation>
    </message>
    <message>
        <source>name, industry, plan, owner...</source>
        <translation>名称、行业、套餐、负责人...</translation>
    </message>
    <message>
        <source>Health model</source>
        <translation>健康度模型</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>查找</translation>
    </message>
    <message>
        <source>Choose a health model</source>
        <translation>选择健康度模型</translation>
    </message>
    <message>
        <source>Change the as-of day</source>
        <translation>更改截至日期</translation>
    </message>
    <message>
        <source>Distribution</source>
        <translation>分布</translation>
    </message>
    <message>
        <source>Built-in (ANALYSES.md)</source>
        <translation>内置（ANALYSES.md）</translation>
    </message>
    <message>
        <source>%1 (not in the project)</source>
        <translation>%1（不在项目中）</translation>
    </message>
    <message>
        <source>The accounts cannot be shown</source>
        <translation>无法显示客户</translation>
    </message>
    <message>
        <source>%1 accounts as of %2: %3. Double-click an account for its page.</source>
        <translation>截至 %2 的 %1 个客户：%3。双击客户可打开其页面。</translation>
    </message>
</context>
<context>
    <name>Quadrant::AnalysisTabs</name>
    <message>
        <source>“%1” is a %2 analysis, which this version of Quadrant cannot show</source>
        <translation>“%1”是 %2 分析，这个版本的 Quadrant 无法显示</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>The project is open read-only: “%1” cannot be saved in it (File ▸ Save As makes a copy you can change)</source>
        <translation>项目以只读方式打开：“%1”无法保存到其中（“文件 ▸ 另存为”可做一个可修改的副本）</translation>
    </message>
    <message>
        <source>Cannot save the analysis</source>
        <translation>无法保存分析</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <source>Save the changes to %1 in the project?</source>
        <translation>把对 %1 的更改保存到项目中吗？</translation>
    </message>
    <message>
        <source>Save the changes to %1 analyses in the project?
%2</source>
        <translation>把对 %1 个分析的更改保存到项目中吗？
%2</translation>
    </message>
    <message>
        <source>Discard keeps the analyses as they were last saved; Cancel goes back to them.</source>
        <translation>“放弃”会让分析保持上次保存时的样子；“取消”会回到分析。</translation>
    </message>
    <message>
        <source>There is already an analysis named “%1”: choose another name</source>
        <translation>已有名为“%1”的分析：请换一个名称</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1（副本）</translation>
    </message>
    <message>
        <source>Save As New Analysis</source>
        <translation>另存为新分析</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Cannot rename the analysis</source>
        <translation>无法重命名分析</translation>
    </message>
    <message>
        <source>Cannot delete the analysis</source>
        <translation>无法删除分析</translation>
    </message>
    <message>
        <source>Rename Analysis</source>
        <translation>重命名分析</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>新名称：</translation>
    </message>
    <message>
        <source>Delete Analysis</source>
        <translation>删除分析</translation>
    </message>
    <message>
        <source>Delete the analysis “%1” from the project?</source>
        <translation>从项目中删除分析“%1”吗？</translation>
    </message>
</context>
<context>
    <name>Quadrant::AnalysisView</name>
    <message>
        <source>this version of Quadrant does not know the kind &apos;%1&apos;</source>
        <translation>这个版本的 Quadrant 不认识分析类型“%1”</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>表格</translation>
    </message>
    <message>
        <source>The saved definition of “%1” cannot be read: %2</source>
        <translation>“%1”保存的定义无法读取：%2</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>正在计算…</translation>
    </message>
    <message>
        <source>Canceled. Change the definition or press F5 to compute again.</source>
        <translation>已取消。修改定义或按 F5 重新计算。</translation>
    </message>
    <message>
        <source>Reading the project…</source>
        <translation>正在读取项目…</translation>
    </message>
    <message>
        <source>No project open</source>
        <translation>没有打开的项目</translation>
    </message>
    <message>
        <source>%1. File &gt; Disconnect from ClickHouse computes from this file&apos;s events instead.</source>
        <translation>%1。选择“文件 &gt; 断开 ClickHouse”即可改用本文件中的事件计算。</translation>
    </message>
    <message>
        <source>cannot read the events</source>
        <translation>无法读取事件</translation>
    </message>
    <message>
        <source>the events read from ClickHouse lack the properties %1</source>
        <translation>从 ClickHouse 读取的事件缺少属性 %1</translation>
    </message>
</context>
<context>
    <name>Quadrant::AsOfEditor</name>
    <message>
        <source>As of</source>
        <translation>截至</translation>
    </message>
    <message>
        <source>Unchecked: as of the last day with an event, a deal or an NPS answer</source>
        <translation>未勾选：截至最后一个有事件、商机或 NPS 回答的日期</translation>
    </message>
</context>
<context>
    <name>Quadrant::BackgroundTask</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>canceled; nothing was changed</source>
        <translation>已取消；没有改动任何内容</translation>
    </message>
    <message>
        <source>Canceling…</source>
        <translation>正在取消…</translation>
    </message>
</context>
<context>
    <name>Quadrant::CatalogPanel</name>
    <message>
        <source>Search events and properties</source>
        <translation>搜索事件和属性</translation>
    </message>
    <message>
        <source>Drag an event onto a funnel&apos;s steps or exclusions</source>
        <translation>把事件拖到漏斗的步骤或排除条件上</translation>
    </message>
    <message>
        <source>Drag a property onto a breakdown or hold-constant field</source>
        <translation>把属性拖到分组或保持一致字段上</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>属性</translation>
    </message>
</context>
<context>
    <name>Quadrant::ClickHouseDialog</name>
    <message>
        <source>Push this project&apos;s events there now (only what the server lacks)</source>
        <translation>现在把本项目的事件推送到该服务器(只推送服务器缺少的部分)</translation>
    </message>
    <message>
        <source>Connect to ClickHouse</source>
        <translation>连接 ClickHouse</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Analyses will read this project&apos;s events from a ClickHouse server (its HTTP interface) and show the same numbers. Persons, accounts, saved analyses and cohorts stay in this file. The password is not saved.</source>
        <translation>分析将从 ClickHouse 服务器(通过其 HTTP 接口)读取本项目的事件,并给出相同的数字。用户、客户、已保存的分析和同期群仍保存在本文件中。密码不会被保存。</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>服务器(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>数据库(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P):</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>连接</translation>
    </message>
</context>
<context>
    <name>Quadrant::ConversionOverTimeChart</name>
    <message>
        <source>Conversion from %1 to %2 by entry day</source>
        <translation>从 %1 到 %2 的转化，按进入日期</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>转化</translation>
    </message>
</context>
<context>
    <name>Quadrant::DateRangeEditor</name>
    <message>
        <source>and</source>
        <translation>和</translation>
    </message>
</context>
<context>
    <name>Quadrant::DropOffDialog</name>
    <message>
        <source>Save as Cohort…</source>
        <translation>保存为同期群…</translation>
    </message>
    <message>
        <source>Dropped off before step %1</source>
        <translation>在第 %1 步之前流失</translation>
    </message>
    <message>
        <source>Dropped off before step %1 (%2)</source>
        <translation>在第 %1 步之前流失（%2）</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 persons&lt;/b&gt;%5 did &lt;b&gt;%2&lt;/b&gt; (step %3) but not &lt;b&gt;%4&lt;/b&gt; within the window.</source>
        <translation>&lt;b&gt;%1 人&lt;/b&gt;%5 做了 &lt;b&gt;%2&lt;/b&gt;（第 %3 步），但在窗口内没有做 &lt;b&gt;%4&lt;/b&gt;。</translation>
    </message>
    <message>
        <source> of %1 = %2</source>
        <translation>，占 %1 的 %2</translation>
    </message>
    <message>
        <source>The first %1 are listed; save them as a cohort to keep them all.</source>
        <translation>只列出前 %1 人；把他们保存为同期群即可全部保留。</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>What they did next after %1 (same session)</source>
        <translation>他们在 %1 之后接着做了什么（同一会话）</translation>
    </message>
    <message>
        <source>The project is open read-only</source>
        <translation>项目以只读方式打开</translation>
    </message>
    <message>
        <source>Open as Paths</source>
        <translation>以路径打开</translation>
    </message>
    <message>
        <source>Saves these persons as a cohort and opens a Sankey diagram of what they did after %1</source>
        <translation>把这些用户保存为同期群，并打开他们在 %1 之后行为的桑基图</translation>
    </message>
    <message>
        <source>Dropped before %1 after %2</source>
        <translation>在 %2 之后、%1 之前流失</translation>
    </message>
    <message>
        <source>Dropped before %1 after %2 (%3)</source>
        <translation>在 %2 之后、%1 之前流失（%3）</translation>
    </message>
    <message>
        <source>Cannot save the cohort</source>
        <translation>无法保存同期群</translation>
    </message>
    <message>
        <source>After %1, without %2</source>
        <translation>%1 之后，未做 %2</translation>
    </message>
    <message>
        <source>Dropped before %1</source>
        <translation>在 %1 之前流失</translation>
    </message>
    <message>
        <source>no project is open</source>
        <translation>没有打开的项目</translation>
    </message>
</context>
<context>
    <name>Quadrant::DropTarget</name>
    <message>
        <source>This field takes %1, not %2: drag one from the catalog&apos;s %3 tab.</source>
        <translation>这个字段接受%1，而不是%2：请从目录的“%3”页拖入。</translation>
    </message>
    <message>
        <source>something else</source>
        <translation>其他内容</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>属性</translation>
    </message>
</context>
<context>
    <name>Quadrant::EventCatalogModel</name>
    <message>
        <source>%1: %2 events by %3 persons. Drag it onto an analysis.</source>
        <translation>%1：%3 人产生了 %2 个事件。把它拖到分析上。</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>用户</translation>
    </message>
</context>
<context>
    <name>Quadrant::ExportActions</name>
    <message>
        <source>Cannot export the chart</source>
        <translation>无法导出图表</translation>
    </message>
    <message>
        <source>there is no result to export yet</source>
        <translation>还没有可导出的结果</translation>
    </message>
    <message>
        <source>Chart saved to %1</source>
        <translation>图表已保存到 %1</translation>
    </message>
    <message>
        <source>Cannot export the table</source>
        <translation>无法导出表格</translation>
    </message>
    <message>
        <source>Table saved to %1</source>
        <translation>表格已保存到 %1</translation>
    </message>
    <message>
        <source>Cannot write the report</source>
        <translation>无法写入报告</translation>
    </message>
    <message>
        <source>Report of %1 analyses saved to %2</source>
        <translation>%1 个分析的报告已保存到 %2</translation>
    </message>
    <message>
        <source>Chart copied</source>
        <translation>图表已复制</translation>
    </message>
    <message>
        <source>Table copied; paste it into a spreadsheet</source>
        <translation>表格已复制；可粘贴到电子表格中</translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation>PNG 图像 (*.png);;SVG 矢量图 (*.svg);;PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>Export Table</source>
        <translation>导出表格</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv);;CSV for Excel on Windows (*.csv)</source>
        <translation>Excel 工作簿 (*.xlsx);;CSV，UTF-8 (*.csv);;适用于 Windows 版 Excel 的 CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation>导出报告</translation>
    </message>
    <message>
        <source>PDF report (*.pdf)</source>
        <translation>PDF 报告 (*.pdf)</translation>
    </message>
</context>
<context>
    <name>Quadrant::FunnelChart</name>
    <message>
        <source>Drag at least two events onto Steps to see the funnel.</source>
        <translation>把至少两个事件拖到“步骤”上即可看到漏斗。</translation>
    </message>
    <message>
        <source>No results</source>
        <translation>没有结果</translation>
    </message>
    <message>
        <source>%1 of %2 persons converted (%3)</source>
        <translation>%2 人中有 %1 人完成转化（%3）</translation>
    </message>
    <message>
        <source>Reached the step</source>
        <translation>到达该步骤</translation>
    </message>
    <message>
        <source>Dropped off before it</source>
        <translation>在该步骤之前流失</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 persons&lt;/b&gt; reached step %2 but not %3 (%4)&lt;br&gt;Click to see who they are and what they did next</source>
        <translation>&lt;b&gt;%1 人&lt;/b&gt;到达了第 %2 步但没有到达第 %3 步（%4）&lt;br&gt;点击查看他们是谁以及接下来做了什么</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2 persons&lt;br&gt;%3 of the previous step, %4 of the first&lt;br&gt;median time from start: %5</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;：%2 人&lt;br&gt;占上一步的 %3，占第一步的 %4&lt;br&gt;距开始的中位时间：%5</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>Conversion from the first step by %1 (the %2 largest groups)</source>
        <translation>按 %1 分组的、从第一步开始的转化率（最大的 %2 组）</translation>
    </message>
    <message>
        <source>Conversion from the first step by %1</source>
        <translation>按 %1 分组的、从第一步开始的转化率</translation>
    </message>
    <message>
        <source>Conversion from the first step</source>
        <translation>从第一步开始的转化率</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;, step %2 (%3)&lt;br&gt;%4 of %5 persons: %6</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;，第 %2 步（%3）&lt;br&gt;%5 人中的 %4：%6</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;i&gt;Click to list who dropped off before this step&lt;/i&gt;</source>
        <translation>&lt;br&gt;&lt;i&gt;点击列出在此步骤之前流失的人&lt;/i&gt;</translation>
    </message>
</context>
<context>
    <name>Quadrant::FunnelStepsModel</name>
    <message>
        <source>Add step %1</source>
        <translation>添加第 %1 步</translation>
    </message>
    <message>
        <source>Move step %1</source>
        <translation>移动第 %1 步</translation>
    </message>
    <message>
        <source>Remove step %1</source>
        <translation>删除第 %1 步</translation>
    </message>
    <message>
        <source>Change step %1</source>
        <translation>更改第 %1 步</translation>
    </message>
    <message>
        <source>any event</source>
        <translation>任意事件</translation>
    </message>
    <message>
        <source>Drag to reorder; double-click to add filters; Delete removes the step</source>
        <translation>拖动可调整顺序；双击可添加筛选条件；Delete 键删除步骤</translation>
    </message>
</context>
<context>
    <name>Quadrant::FunnelView</name>
    <message>
        <source>Steps</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>Drag events here from the Events list; drag steps to reorder them</source>
        <translation>从“事件”列表把事件拖到这里；拖动步骤可调整顺序</translation>
    </message>
    <message>
        <source>Drag events from the catalog onto the list. Double-click a step to filter it.</source>
        <translation>把目录中的事件拖到列表上。双击步骤可以筛选。</translation>
    </message>
    <message>
        <source>Filter…</source>
        <translation>筛选…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Only count this step&apos;s events with chosen property values</source>
        <translation>只统计该步骤中属性值符合所选条件的事件</translation>
    </message>
    <message>
        <source>Remove the selected step (Delete)</source>
        <translation>删除所选步骤（Delete）</translation>
    </message>
    <message>
        <source>Remove Step</source>
        <translation>删除步骤</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>分钟</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>小时</translation>
    </message>
    <message>
        <source>days</source>
        <translation>天</translation>
    </message>
    <message>
        <source>How long after the first step a person may take to finish the funnel</source>
        <translation>从第一步开始，用户完成漏斗可用的最长时间</translation>
    </message>
    <message>
        <source>Conversion window</source>
        <translation>转化窗口</translation>
    </message>
    <message>
        <source>In this order</source>
        <translation>按此顺序</translation>
    </message>
    <message>
        <source>In this order, nothing between</source>
        <translation>按此顺序，中间无其他事件</translation>
    </message>
    <message>
        <source>In any order</source>
        <translation>任意顺序</translation>
    </message>
    <message>
        <source>In this order: other events may happen between steps.
Nothing between: the steps are consecutive events.
Any order: every step, in whatever order.</source>
        <translation>按此顺序：步骤之间可以有其他事件。
中间无其他事件：各步骤是连续的事件。
任意顺序：每一步都要完成，顺序不限。</translation>
    </message>
    <message>
        <source>Steps happen</source>
        <translation>步骤发生方式</translation>
    </message>
    <message>
        <source>Only persons entering between</source>
        <translation>仅限进入时间在</translation>
    </message>
    <message>
        <source>Split the funnel by a person property, or an event property of the first step (drag one from Properties)</source>
        <translation>按用户属性或第一步的事件属性拆分漏斗（从“属性”中拖入）</translation>
    </message>
    <message>
        <source>Breakdown</source>
        <translation>分组</translation>
    </message>
    <message>
        <source>Every step must carry the same value of this event property (the same account, the same deal)</source>
        <translation>每一步都必须带有这个事件属性的相同值（同一个客户、同一个商机）</translation>
    </message>
    <message>
        <source>Hold constant</source>
        <translation>保持一致</translation>
    </message>
    <message>
        <source>Exclusions</source>
        <translation>排除条件</translation>
    </message>
    <message>
        <source>Drag an event here: a person who does it between the chosen steps does not count as converting. Delete removes it.</source>
        <translation>把事件拖到这里：在所选步骤之间做了这个事件的人不算转化。Delete 键删除。</translation>
    </message>
    <message>
        <source>between step</source>
        <translation>位于第</translation>
    </message>
    <message>
        <source>and the next</source>
        <translation>步和下一步之间</translation>
    </message>
    <message>
        <source>Remove Exclusion</source>
        <translation>删除排除条件</translation>
    </message>
    <message>
        <source>Remove exclusion</source>
        <translation>删除排除条件</translation>
    </message>
    <message>
        <source>Change conversion window</source>
        <translation>更改转化窗口</translation>
    </message>
    <message>
        <source>Change step order</source>
        <translation>更改步骤顺序</translation>
    </message>
    <message>
        <source>Change entry dates</source>
        <translation>更改进入日期</translation>
    </message>
    <message>
        <source>Change breakdown</source>
        <translation>更改分组</translation>
    </message>
    <message>
        <source>Change held property</source>
        <translation>更改保持一致的属性</translation>
    </message>
    <message>
        <source>Change exclusion steps</source>
        <translation>更改排除步骤</translation>
    </message>
    <message>
        <source>Break down by %1</source>
        <translation>按 %1 分组</translation>
    </message>
    <message>
        <source>Hold %1 constant</source>
        <translation>保持 %1 一致</translation>
    </message>
    <message>
        <source>Exclude %1</source>
        <translation>排除 %1</translation>
    </message>
    <message>
        <source>Funnel</source>
        <translation>漏斗</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>表格</translation>
    </message>
    <message>
        <source>Time to convert</source>
        <translation>转化时间</translation>
    </message>
    <message>
        <source>Over time</source>
        <translation>随时间变化</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>(nothing)</source>
        <translation>（不限）</translation>
    </message>
    <message>
        <source>not %1 between step %2 and %3</source>
        <translation>第 %2 步和第 %3 步之间没有 %1</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Build a funnel&lt;/h3&gt;Drag events from the &lt;b&gt;Events&lt;/b&gt; list on the left onto &lt;b&gt;Steps&lt;/b&gt;, in the order people should do them.</source>
        <translation>&lt;h3&gt;搭建漏斗&lt;/h3&gt;把左侧&lt;b&gt;事件&lt;/b&gt;列表中的事件按用户应完成的顺序拖到&lt;b&gt;步骤&lt;/b&gt;上。</translation>
    </message>
    <message>
        <source>&lt;h3&gt;One more step&lt;/h3&gt;Drag a second event onto &lt;b&gt;Steps&lt;/b&gt; to see how many people who did &lt;b&gt;%1&lt;/b&gt; went on to do it.</source>
        <translation>&lt;h3&gt;还差一步&lt;/h3&gt;再拖一个事件到&lt;b&gt;步骤&lt;/b&gt;上，看看做了 &lt;b&gt;%1&lt;/b&gt; 的人中有多少人接着做了它。</translation>
    </message>
    <message>
        <source>This funnel cannot be computed</source>
        <translation>无法计算这个漏斗</translation>
    </message>
    <message>
        <source>Nobody did %1 in this range.</source>
        <translation>在这个范围内没有人做过 %1。</translation>
    </message>
    <message>
        <source>%1 persons entered, %2 converted (%3%). %4</source>
        <translation>%1 人进入，%2 人完成转化（%3%）。%4</translation>
    </message>
    <message>
        <source>Click a shaded drop-off to see who left.</source>
        <translation>点击带阴影的流失部分查看离开的人。</translation>
    </message>
    <message>
        <source>Remove the breakdown to see who dropped off.</source>
        <translation>去掉分组即可查看流失的人。</translation>
    </message>
</context>
<context>
    <name>Quadrant::GuideDialog</name>
    <message>
        <source>Quadrant User Guide</source>
        <translation>Quadrant 用户指南</translation>
    </message>
</context>
<context>
    <name>Quadrant::HealthView</name>
    <message>
        <source>Distribution</source>
        <translation>分布</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>刻度</translation>
    </message>
    <message>
        <source>Drag an event here to score how often accounts do it</source>
        <translation>把事件拖到这里，为客户做这件事的频率评分</translation>
    </message>
    <message>
        <source>A measure of ANALYSES.md, event:NAME or property:KEY (an account property such as csat)</source>
        <translation>ANALYSES.md 中的指标、event:名称 或 property:键（客户属性，例如 csat）</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Key features: drag events here; Delete removes the selected one</source>
        <translation>关键功能：把事件拖到这里；Delete 键删除所选项</translation>
    </message>
    <message>
        <source>Remove key event</source>
        <translation>删除关键事件</translation>
    </message>
    <message>
        <source>Remove key event %1</source>
        <translation>删除关键事件 %1</translation>
    </message>
    <message>
        <source>red below</source>
        <translation>红色低于</translation>
    </message>
    <message>
        <source>green from</source>
        <translation>绿色从</translation>
    </message>
    <message>
        <source>Change the red band</source>
        <translation>更改红色区间</translation>
    </message>
    <message>
        <source>Change the green band</source>
        <translation>更改绿色区间</translation>
    </message>
    <message>
        <source>(the same for all)</source>
        <translation>（所有细分相同）</translation>
    </message>
    <message>
        <source>plan</source>
        <translation>套餐</translation>
    </message>
    <message>
        <source>industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <source>Weights edited while a segment is chosen apply to its accounts only</source>
        <translation>选中某个细分时编辑的权重只适用于该细分的客户</translation>
    </message>
    <message>
        <source>Weights by segment</source>
        <translation>按细分设置权重</translation>
    </message>
    <message>
        <source>Change the as-of day</source>
        <translation>更改截至日期</translation>
    </message>
    <message>
        <source>&lt;b&gt;Measures&lt;/b&gt; (drag events in)</source>
        <translation>&lt;b&gt;指标&lt;/b&gt;（拖入事件）</translation>
    </message>
    <message>
        <source>&lt;b&gt;Key features&lt;/b&gt; (drag events in)</source>
        <translation>&lt;b&gt;关键功能&lt;/b&gt;（拖入事件）</translation>
    </message>
    <message>
        <source>Bands</source>
        <translation>区间</translation>
    </message>
    <message>
        <source>Weights by</source>
        <translation>权重依据</translation>
    </message>
    <message>
        <source>Add measure %1</source>
        <translation>添加指标 %1</translation>
    </message>
    <message>
        <source>Remove a measure</source>
        <translation>删除一项指标</translation>
    </message>
    <message>
        <source>Change a weight</source>
        <translation>更改一个权重</translation>
    </message>
    <message>
        <source>Change a weight for %1</source>
        <translation>更改 %1 的一个权重</translation>
    </message>
    <message>
        <source>Add key events %1</source>
        <translation>添加关键事件 %1</translation>
    </message>
    <message>
        <source>(every account)</source>
        <translation>（所有客户）</translation>
    </message>
    <message>
        <source>%1 a month = 100</source>
        <translation>每月 %1 次 = 100</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 到 %2</translation>
    </message>
    <message>
        <source>&lt;h3&gt;What makes an account healthy?&lt;/h3&gt;Add measures: seat use, usage trend, key-feature adoption, NPS, the renewal date, or drag an event from the catalog to score how often accounts do it.</source>
        <translation>&lt;h3&gt;什么样的客户是健康的？&lt;/h3&gt;添加指标：席位使用率、使用趋势、关键功能采用、NPS、续约日期，或者从目录中拖入一个事件，为客户做这件事的频率评分。</translation>
    </message>
    <message>
        <source>The health scores cannot be computed</source>
        <translation>无法计算健康度评分</translation>
    </message>
    <message>
        <source>%1 accounts as of %2: %3.</source>
        <translation>截至 %2 的 %1 个客户：%3。</translation>
    </message>
</context>
<context>
    <name>Quadrant::HeatmapView</name>
    <message>
        <source>Only events between</source>
        <translation>仅限事件时间在</translation>
    </message>
    <message>
        <source>Activity: weekday x hour</source>
        <translation>活跃度：星期 x 小时</translation>
    </message>
    <message>
        <source>Adoption: who uses which feature</source>
        <translation>采用情况：谁在用哪个功能</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Distinct persons</source>
        <translation>去重用户数</translation>
    </message>
    <message>
        <source>Hours and weekdays are counted in this time zone</source>
        <translation>按这个时区统计小时和星期</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>The features (events) to show as columns: drag events here, double-click one to remove it. Empty: every event.</source>
        <translation>作为列显示的功能（事件）：把事件拖到这里，双击可移除。为空时显示所有事件。</translation>
    </message>
    <message>
        <source>Largest total first</source>
        <translation>总数最大的在前</translation>
    </message>
    <message>
        <source>By name</source>
        <translation>按名称</translation>
    </message>
    <message>
        <source>Heatmap</source>
        <translation>热力图</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>计数</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>时区</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Features</source>
        <translation>功能</translation>
    </message>
    <message>
        <source>Order rows</source>
        <translation>行排序</translation>
    </message>
    <message>
        <source>Hover over a cell for its exact value.</source>
        <translation>把鼠标悬停在单元格上可查看准确数值。</translation>
    </message>
    <message>
        <source>Change heatmap</source>
        <translation>更改热力图</translation>
    </message>
    <message>
        <source>Change count</source>
        <translation>更改计数方式</translation>
    </message>
    <message>
        <source>Change time zone</source>
        <translation>更改时区</translation>
    </message>
    <message>
        <source>Change rows</source>
        <translation>更改行</translation>
    </message>
    <message>
        <source>Change row order</source>
        <translation>更改行排序</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>移除 %1</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>添加 %1</translation>
    </message>
    <message>
        <source>Change dates</source>
        <translation>更改日期</translation>
    </message>
    <message>
        <source>This heatmap cannot be computed</source>
        <translation>无法计算这个热力图</translation>
    </message>
    <message>
        <source>&lt;h3&gt;No roles yet&lt;/h3&gt;No person has a &lt;b&gt;role&lt;/b&gt;. Import persons with a role column to see which roles use which features.</source>
        <translation>&lt;h3&gt;还没有角色&lt;/h3&gt;没有用户带有&lt;b&gt;角色&lt;/b&gt;。导入带角色列的用户，就能看到哪些角色在用哪些功能。</translation>
    </message>
    <message>
        <source>&lt;h3&gt;No %1 to compare&lt;/h3&gt;No person belongs to an account%2. Import accounts (with their industry) and persons with their account to see who adopted which feature.</source>
        <translation>&lt;h3&gt;没有可比较的%1&lt;/h3&gt;没有用户属于%2客户。导入客户（及其行业）和带客户的用户，就能看到谁采用了哪个功能。</translation>
    </message>
    <message>
        <source>accounts</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>industries</source>
        <translation>行业</translation>
    </message>
    <message>
        <source> with an industry</source>
        <translation>有行业的</translation>
    </message>
    <message>
        <source>%1 rows by %2 columns; the Table tab has every cell.</source>
        <translation>%1 行 x %2 列；“表格”页有每个单元格。</translation>
    </message>
    <message>
        <source>%1 rows x %2 features; the first %3 rows are drawn, the table has them all.</source>
        <translation>%1 行 x %2 个功能；图中画出前 %3 行，表格中有全部。</translation>
    </message>
    <message>
        <source>%1 rows x %2 features.</source>
        <translation>%1 行 x %2 个功能。</translation>
    </message>
    <message>
        <source>%1 %2 in all.</source>
        <translation>共 %1 %2。</translation>
    </message>
    <message>
        <source>person-hours</source>
        <translation>人·小时</translation>
    </message>
    <message>
        <source>events</source>
        <translation>事件</translation>
    </message>
    <message>
        <source> Every event is at 00:00: the data has dates without a time of day, so only the weekdays say something.</source>
        <translation> 所有事件都在 00:00：数据只有日期没有时间，所以只有星期有意义。</translation>
    </message>
    <message>
        <source>%1 · %2: %3 of %4 persons used it</source>
        <translation>%1 · %2：%4 人中有 %3 人使用</translation>
    </message>
    <message>
        <source>
Double-click for the account&apos;s timeline</source>
        <translation>
双击查看该客户的时间线</translation>
    </message>
    <message>
        <source>%1 %2:00–%2:59: %3 %4</source>
        <translation>%1 %2:00–%2:59：%3 %4</translation>
    </message>
    <message>
        <source>persons</source>
        <translation>用户</translation>
    </message>
</context>
<context>
    <name>Quadrant::ImportWizard</name>
    <message>
        <source>Import Data</source>
        <translation>导入数据</translation>
    </message>
    <message>
        <source>import canceled; the project is unchanged</source>
        <translation>导入已取消；项目没有变化</translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation>选择文件</translation>
    </message>
    <message>
        <source>CSV or TSV, Excel (.xlsx), or JSON lines as Mixpanel, PostHog and Sensors Analytics export them.</source>
        <translation>CSV 或 TSV、Excel（.xlsx），或 Mixpanel、PostHog 和神策分析导出的 JSON lines。</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Data files (*.csv *.tsv *.txt *.xlsx *.jsonl *.json *.ndjson);;All files (*)</source>
        <translation>数据文件 (*.csv *.tsv *.txt *.xlsx *.jsonl *.json *.ndjson);;所有文件 (*)</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>It holds</source>
        <translation>内容是</translation>
    </message>
    <message>
        <source>Events are what people did (one row per event); persons, accounts, leads, deals, spend and NPS are your CRM and marketing tables. Aliases join several ids into one person.</source>
        <translation>事件是人们做过的事（每个事件一行）；用户、客户、线索、商机、花费和 NPS 是你的 CRM 和营销数据表。别名把多个 ID 合并为一个用户。</translation>
    </message>
    <message>
        <source>Check how the file reads</source>
        <translation>检查文件的读取方式</translation>
    </message>
    <message>
        <source>The first rows as Quadrant understands them. Change anything that was guessed wrong.</source>
        <translation>这是 Quadrant 理解的前几行。猜错的地方请更改。</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>自动检测</translation>
    </message>
    <message>
        <source>Comma</source>
        <translation>逗号</translation>
    </message>
    <message>
        <source>Semicolon</source>
        <translation>分号</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>制表符</translation>
    </message>
    <message>
        <source>Pipe</source>
        <translation>竖线</translation>
    </message>
    <message>
        <source>First row is a header</source>
        <translation>第一行是标题行</translation>
    </message>
    <message>
        <source>No header row</source>
        <translation>无标题行</translation>
    </message>
    <message>
        <source>Dates (ISO 8601 and common forms)</source>
        <translation>日期（ISO 8601 及常见格式）</translation>
    </message>
    <message>
        <source>Unix seconds</source>
        <translation>Unix 秒</translation>
    </message>
    <message>
        <source>Unix milliseconds</source>
        <translation>Unix 毫秒</translation>
    </message>
    <message>
        <source>Excel serial dates</source>
        <translation>Excel 序列日期</translation>
    </message>
    <message>
        <source>Text encoding</source>
        <translation>文本编码</translation>
    </message>
    <message>
        <source>Delimiter</source>
        <translation>分隔符</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>标题行</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Match the columns</source>
        <translation>匹配列</translation>
    </message>
    <message>
        <source>Which column holds each field. Suggested from the column names; every other column is kept as a property you can filter and break down by.</source>
        <translation>每个字段来自哪一列。根据列名给出建议；其他列都会保留为属性，可用于筛选和分组。</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>正在导入</translation>
    </message>
    <message>
        <source>All of the file goes in, or nothing: cancelling leaves the project as it was.</source>
        <translation>文件要么全部导入，要么一行也不导入：取消会让项目保持原样。</translation>
    </message>
    <message>
        <source>Cancel Import</source>
        <translation>取消导入</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Export Rejected Rows…</source>
        <translation>导出被拒绝的行…</translation>
    </message>
    <message>
        <source>Export Rejected Rows</source>
        <translation>导出被拒绝的行</translation>
    </message>
    <message>
        <source>CSV (*.csv);;Excel workbook (*.xlsx)</source>
        <translation>CSV (*.csv);;Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>无法导出</translation>
    </message>
    <message>
        <source>Cannot read this file: %1</source>
        <translation>无法读取这个文件：%1</translation>
    </message>
    <message>
        <source>Its columns do not say what it holds: choose the kind.</source>
        <translation>从列名看不出它包含什么：请选择类型。</translation>
    </message>
    <message>
        <source>Its columns look like &lt;b&gt;%1&lt;/b&gt; (%2).</source>
        <translation>它的列看起来像&lt;b&gt;%1&lt;/b&gt;（%2）。</translation>
    </message>
    <message>
        <source>%1 is read from column “%2” as %3, but its first value “%4” is not one: %5</source>
        <translation>%1 从列“%2”按%3读取，但第一个值“%4”不符合：%5</translation>
    </message>
    <message>
        <source>%1 is read from column “%2” as %3: “%4” → %5 UTC</source>
        <translation>%1 从列“%2”按%3读取：“%4” → %5 UTC</translation>
    </message>
    <message>
        <source>Choose a file to import.</source>
        <translation>选择要导入的文件。</translation>
    </message>
    <message>
        <source>Choose a column for %1: %2 cannot be imported without it.</source>
        <translation>请为 %1 选择一列：没有它就无法导入%2。</translation>
    </message>
    <message>
        <source>Read as %1.</source>
        <translation>按%1读取。</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>(choose a column)</source>
        <translation>（选择一列）</translation>
    </message>
    <message>
        <source>(not in this file)</source>
        <translation>（不在这个文件中）</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Nothing was imported.&lt;/b&gt; %1&lt;br&gt;The project is exactly as it was before.</source>
        <translation>&lt;b&gt;没有导入任何内容。&lt;/b&gt;%1&lt;br&gt;项目与之前完全相同。</translation>
    </message>
    <message>
        <source> Their %1 runs from %2 to %3 UTC.</source>
        <translation> 其%1范围为 %2 到 %3 UTC。</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 of %2 rows imported&lt;/b&gt; from %3 (%4).%6 %5</source>
        <translation>&lt;b&gt;已导入 %2 行中的 %1 行&lt;/b&gt;，来自 %3（%4）。%6 %5</translation>
    </message>
    <message>
        <source>No row was rejected.</source>
        <translation>没有行被拒绝。</translation>
    </message>
    <message>
        <source>%1 rows were rejected; each is listed below with its reason and can be exported, corrected and imported again.</source>
        <translation>有 %1 行被拒绝；下面逐行列出原因，可以导出、修正后再次导入。</translation>
    </message>
</context>
<context>
    <name>Quadrant::LeadsView</name>
    <message>
        <source>Best leads</source>
        <translation>最佳线索</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>every lead</source>
        <translation>所有线索</translation>
    </message>
    <message>
        <source>Change the window</source>
        <translation>更改时间范围</translation>
    </message>
    <message>
        <source>Change how many are shown</source>
        <translation>更改显示数量</translation>
    </message>
    <message>
        <source>Change the as-of day</source>
        <translation>更改截至日期</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Points each</source>
        <translation>每次得分</translation>
    </message>
    <message>
        <source>At most</source>
        <translation>最多</translation>
    </message>
    <message>
        <source>Drag events here; edit the points in place</source>
        <translation>把事件拖到这里；可直接编辑分数</translation>
    </message>
    <message>
        <source>Change behaviour points</source>
        <translation>更改行为分数</translation>
    </message>
    <message>
        <source>Add &quot;any event&quot;</source>
        <translation>添加“任意事件”</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Remove a behaviour rule</source>
        <translation>删除一条行为规则</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>分数</translation>
    </message>
    <message>
        <source>Change fit points</source>
        <translation>更改匹配度分数</translation>
    </message>
    <message>
        <source>value, e.g. admin</source>
        <translation>值，例如 admin</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Remove a fit rule</source>
        <translation>删除一条匹配度规则</translation>
    </message>
    <message>
        <source>Behaviour of the last</source>
        <translation>统计最近的行为</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>&lt;b&gt;Behaviour&lt;/b&gt;: points for what they did (drag events in)</source>
        <translation>&lt;b&gt;行为&lt;/b&gt;：按他们做过的事得分（拖入事件）</translation>
    </message>
    <message>
        <source>&lt;b&gt;Fit&lt;/b&gt;: points for who they are</source>
        <translation>&lt;b&gt;匹配度&lt;/b&gt;：按他们是谁得分</translation>
    </message>
    <message>
        <source>Score %1</source>
        <translation>评分 %1</translation>
    </message>
    <message>
        <source>Score %1 = %2</source>
        <translation>评分 %1 = %2</translation>
    </message>
    <message>
        <source>any event</source>
        <translation>任意事件</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Which lead to call first?&lt;/h3&gt;Drag events that show interest into Behaviour, and add what a good fit is (a role, a plan).</source>
        <translation>&lt;h3&gt;先联系哪条线索？&lt;/h3&gt;把表示兴趣的事件拖到“行为”中，并添加什么算是良好匹配（某个角色、某个套餐）。</translation>
    </message>
    <message>
        <source>The leads cannot be scored</source>
        <translation>无法为线索评分</translation>
    </message>
    <message>
        <source>%1 leads, %2 of them back after a quiet month. Double-click a lead for the person&apos;s timeline.</source>
        <translation>%1 条线索，其中 %2 条在沉寂一个月后重新活跃。双击线索可查看该用户的时间线。</translation>
    </message>
</context>
<context>
    <name>Quadrant::LifecycleView</name>
    <message>
        <source>New</source>
        <translation>新用户</translation>
    </message>
    <message>
        <source>Returning</source>
        <translation>回访</translation>
    </message>
    <message>
        <source>Resurrecting</source>
        <translation>回流</translation>
    </message>
    <message>
        <source>Dormant</source>
        <translation>沉睡</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>图表</translation>
    </message>
    <message>
        <source>Only between</source>
        <translation>仅限时间在</translation>
    </message>
    <message>
        <source>The event that makes a person active. Drag one from the catalog.</source>
        <translation>让用户算作活跃的事件。从目录中拖入一个。</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>天</translation>
    </message>
    <message>
        <source>Week (Monday)</source>
        <translation>周（周一开始）</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <source>The table splits each period by a person property. Drag one here.</source>
        <translation>表格按用户属性拆分每个周期。把属性拖到这里。</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Per</source>
        <translation>按</translation>
    </message>
    <message>
        <source>Breakdown</source>
        <translation>分组</translation>
    </message>
    <message>
        <source>New: their first time ever. Returning: active the period before too. Resurrecting: back after a gap. Dormant (below the axis): active the period before, not in this one. Click a bar for its persons.</source>
        <translation>新用户：第一次做这件事。回访：上一个周期也活跃。回流：间隔之后又回来。沉睡（坐标轴下方）：上一个周期活跃，本周期没有。点击柱形查看其中的用户。</translation>
    </message>
    <message>
        <source>Change event</source>
        <translation>更改事件</translation>
    </message>
    <message>
        <source>Change interval</source>
        <translation>更改间隔</translation>
    </message>
    <message>
        <source>Change breakdown</source>
        <translation>更改分组</translation>
    </message>
    <message>
        <source>Lifecycle of %1</source>
        <translation>%1 的生命周期</translation>
    </message>
    <message>
        <source>%1 is an event property: a person has one status per period, so a lifecycle breaks down by a person property.</source>
        <translation>%1 是事件属性：每个用户在每个周期只有一个状态，所以生命周期按用户属性分组。</translation>
    </message>
    <message>
        <source>Break down by %1</source>
        <translation>按 %1 分组</translation>
    </message>
    <message>
        <source>Change dates</source>
        <translation>更改日期</translation>
    </message>
    <message>
        <source>(choose an event)</source>
        <translation>（选择一个事件）</translation>
    </message>
    <message>
        <source>any event</source>
        <translation>任意事件</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Who is new, who stays, who comes back, who leaves?&lt;/h3&gt;Choose (or drag from the catalog) the event that makes a person active, such as &lt;b&gt;login&lt;/b&gt;.</source>
        <translation>&lt;h3&gt;谁是新来的，谁留下了，谁回来了，谁离开了？&lt;/h3&gt;选择（或从目录中拖入）让用户算作活跃的事件，例如 &lt;b&gt;login&lt;/b&gt;。</translation>
    </message>
    <message>
        <source>This lifecycle cannot be computed</source>
        <translation>无法计算这个生命周期</translation>
    </message>
    <message>
        <source>%1 periods; click a bar for its persons.</source>
        <translation>%1 个周期；点击柱形查看其中的用户。</translation>
    </message>
    <message>
        <source>%1 in the %2 of %3</source>
        <translation>%3 这一%2的%1</translation>
    </message>
    <message>
        <source>The persons counted as %1 in this period of %2.</source>
        <translation>在 %2 的这个周期中被算作%1的用户。</translation>
    </message>
    <message>
        <source>Any event</source>
        <translation>任意事件</translation>
    </message>
    <message>
        <source>%1: persons per %2</source>
        <translation>%1：每%2的用户</translation>
    </message>
    <message>
        <source>persons</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>%1 · %2: %3 persons</source>
        <translation>%1 · %2：%3 个用户</translation>
    </message>
</context>
<context>
    <name>Quadrant::MainWindow</name>
    <message>
        <source>Quadrant</source>
        <translation>Quadrant</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>概览</translation>
    </message>
    <message>
        <source>Demo copy saved as %1. %2</source>
        <translation>演示副本已保存为 %1。%2</translation>
    </message>
    <message>
        <source>Welcome to Quadrant</source>
        <translation>欢迎使用 Quadrant</translation>
    </message>
    <message>
        <source>Product and customer analytics on your own computer: funnels, retention, paths,
account health and A/B tests from your event and CRM files. No server, no upload.</source>
        <translation>在你自己的电脑上做产品与客户分析：用你的事件和 CRM 文件做漏斗、留存、路径、
客户健康度和 A/B 测试。无需服务器，无需上传。</translation>
    </message>
    <message>
        <source>Open the Sample Project</source>
        <translation>打开示例项目</translation>
    </message>
    <message>
        <source>Open a Project…</source>
        <translation>打开项目…</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>打开项目</translation>
    </message>
    <message>
        <source>New Empty Project…</source>
        <translation>新建空项目…</translation>
    </message>
    <message>
        <source>New Project</source>
        <translation>新建项目</translation>
    </message>
    <message>
        <source>&lt;b&gt;Recent projects&lt;/b&gt;</source>
        <translation>&lt;b&gt;最近的项目&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Double-click or press Enter to open</source>
        <translation>双击或按 Enter 打开</translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation>目录</translation>
    </message>
    <message>
        <source>Saved Analyses</source>
        <translation>已保存的分析</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Stop reading the project&apos;s events</source>
        <translation>停止读取项目的事件</translation>
    </message>
    <message>
        <source>Reading the events was canceled; reopen the project to analyse it.</source>
        <translation>已取消读取事件；重新打开项目即可分析。</translation>
    </message>
    <message>
        <source>Reading the project: %1</source>
        <translation>正在读取项目：%1</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>用户指南(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;About Quadrant</source>
        <translation>关于 Quadrant(&amp;A)</translation>
    </message>
    <message>
        <source>About Quadrant</source>
        <translation>关于 Quadrant</translation>
    </message>
    <message>
        <source>&lt;b&gt;Quadrant %1&lt;/b&gt;&lt;p&gt;Offline product and customer analytics.&lt;/p&gt;&lt;p&gt;Built with Qt %2 (LGPL-3.0), SQLite %3 (public domain), QCustomPlot (GPL-3.0), QuaZip (LGPL-2.1), Boost.Math (Boost Software License 1.0) and zlib (zlib licence).&lt;/p&gt;</source>
        <translation>&lt;b&gt;Quadrant %1&lt;/b&gt;&lt;p&gt;离线的产品与客户分析。&lt;/p&gt;&lt;p&gt;基于 Qt %2（LGPL-3.0）、SQLite %3（公有领域）、QCustomPlot（GPL-3.0）、QuaZip（LGPL-2.1）、Boost.Math（Boost 软件许可证 1.0）和 zlib（zlib 许可证）构建。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New Project…</source>
        <translation>新建项目(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>New &amp;Sample Project</source>
        <translation>新建示例项目(&amp;S)</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <source>Save Project As</source>
        <translation>项目另存为</translation>
    </message>
    <message>
        <source>Save &amp;Demo Copy…</source>
        <translation>保存演示副本(&amp;D)…</translation>
    </message>
    <message>
        <source>Save Demo Copy</source>
        <translation>保存演示副本</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Save Analysis</source>
        <translation>保存分析(&amp;S)</translation>
    </message>
    <message>
        <source>Save Analysis As &amp;New…</source>
        <translation>分析另存为新分析(&amp;N)…</translation>
    </message>
    <message>
        <source>Export &amp;Chart…</source>
        <translation>导出图表(&amp;C)…</translation>
    </message>
    <message>
        <source>Export &amp;Table…</source>
        <translation>导出表格(&amp;T)…</translation>
    </message>
    <message>
        <source>Export &amp;Report (PDF)…</source>
        <translation>导出报告（PDF）(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Close Project</source>
        <translation>关闭项目(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>Copy C&amp;hart</source>
        <translation>复制图表(&amp;H)</translation>
    </message>
    <message>
        <source>Copy T&amp;able</source>
        <translation>复制表格(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Find in Catalog</source>
        <translation>在目录中查找(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Analysis</source>
        <translation>分析(&amp;A)</translation>
    </message>
    <message>
        <source>New %1</source>
        <translation>新建%1</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>重命名(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>Re&amp;compute</source>
        <translation>重新计算(&amp;C)</translation>
    </message>
    <message>
        <source>Close &amp;Tab</source>
        <translation>关闭标签页(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Presentation Mode</source>
        <translation>演示模式(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Dark Appearance</source>
        <translation>深色外观(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>The language stays %1.</source>
        <translation>语言仍为%1。</translation>
    </message>
    <message>
        <source>Quadrant will be in %1 when it is next started.</source>
        <translation>Quadrant 下次启动时将使用%1。</translation>
    </message>
    <message>
        <source>As the System (%1)</source>
        <translation>跟随系统（%1）</translation>
    </message>
    <message>
        <source>%1 (moved or deleted)</source>
        <translation>%1（已移动或删除）</translation>
    </message>
    <message>
        <source>%1    %2</source>
        <translation>%1    %2</translation>
    </message>
    <message>
        <source>%1 is no longer there</source>
        <translation>%1 已不在原处</translation>
    </message>
    <message>
        <source>Project Not Found</source>
        <translation>找不到项目</translation>
    </message>
    <message>
        <source>“%1” was moved or deleted. Remove it from the recent projects?</source>
        <translation>“%1”已被移动或删除。要从最近的项目中移除吗？</translation>
    </message>
    <message>
        <source> (demo copy)</source>
        <translation>（演示副本）</translation>
    </message>
    <message>
        <source> (read-only)</source>
        <translation>（只读）</translation>
    </message>
    <message>
        <source>%1 – Quadrant%2</source>
        <translation>%1 – Quadrant%2</translation>
    </message>
    <message>
        <source>Quadrant projects (*.quadrant);;All files (*)</source>
        <translation>Quadrant 项目 (*.quadrant);;所有文件 (*)</translation>
    </message>
    <message>
        <source>The server holds this project&apos;s events: analyses read them there.</source>
        <translation>服务器上已有本项目的事件:分析将从服务器读取。</translation>
    </message>
    <message>
        <source>Push the events?</source>
        <translation>推送事件?</translation>
    </message>
    <message>
        <source>%1

Push this project&apos;s events to the server now?</source>
        <translation>%1

现在把本项目的事件推送到服务器吗?</translation>
    </message>
    <message>
        <source>Cannot push the events to ClickHouse</source>
        <translation>无法把事件推送到 ClickHouse</translation>
    </message>
    <message>
        <source>Connect to &amp;ClickHouse…</source>
        <translation>连接 ClickHouse(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Push Events to ClickHouse</source>
        <translation>推送事件到 ClickHouse(&amp;P)</translation>
    </message>
    <message>
        <source>Dis&amp;connect from ClickHouse</source>
        <translation>断开 ClickHouse(&amp;C)</translation>
    </message>
    <message>
        <source>Analyses read this file&apos;s events again.</source>
        <translation>分析重新读取本文件中的事件。</translation>
    </message>
</context>
<context>
    <name>Quadrant::PathsView</name>
    <message>
        <source>Only paths starting between</source>
        <translation>仅限路径开始时间在</translation>
    </message>
    <message>
        <source>The event the paths start from (or end at). Drag one from the catalog.</source>
        <translation>路径开始（或结束）的事件。从目录中拖入一个。</translation>
    </message>
    <message>
        <source>what came after</source>
        <translation>之后发生了什么</translation>
    </message>
    <message>
        <source>what came before</source>
        <translation>之前发生了什么</translation>
    </message>
    <message>
        <source> steps</source>
        <translation> 步</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>A pause longer than this ends the session, and with it the path</source>
        <translation>停顿超过这个时长即结束会话，路径也随之结束</translation>
    </message>
    <message>
        <source>Count repeats of one event once</source>
        <translation>同一事件连续重复只计一次</translation>
    </message>
    <message>
        <source>Flows taken fewer times than this are grouped as &quot;other&quot;</source>
        <translation>次数少于这个值的流向归为“其他”</translation>
    </message>
    <message>
        <source>Events left out of the paths. Drag events here; double-click one to bring it back.</source>
        <translation>不计入路径的事件。把事件拖到这里；双击可恢复。</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>所有人</translation>
    </message>
    <message>
        <source>Follow every person, not only the cohort&apos;s</source>
        <translation>跟踪所有用户，而不只是同期群中的</translation>
    </message>
    <message>
        <source>Paths from</source>
        <translation>路径起点</translation>
    </message>
    <message>
        <source>Showing</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>Depth</source>
        <translation>深度</translation>
    </message>
    <message>
        <source>Session ends after</source>
        <translation>会话结束于</translation>
    </message>
    <message>
        <source>Minimum flow</source>
        <translation>最小流量</translation>
    </message>
    <message>
        <source>Leave out</source>
        <translation>排除</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Click a node in the diagram to start or end the paths there, or to leave its event out. Hover over a flow for its count and share.</source>
        <translation>点击图中的节点，可把路径的起点或终点设在那里，或排除它的事件。把鼠标悬停在流向上可查看数量和占比。</translation>
    </message>
    <message>
        <source>Change path anchor</source>
        <translation>更改路径锚点</translation>
    </message>
    <message>
        <source>Change direction</source>
        <translation>更改方向</translation>
    </message>
    <message>
        <source>Change depth</source>
        <translation>更改深度</translation>
    </message>
    <message>
        <source>Change session gap</source>
        <translation>更改会话间隔</translation>
    </message>
    <message>
        <source>Change repeats</source>
        <translation>更改重复计数</translation>
    </message>
    <message>
        <source>Change minimum flow</source>
        <translation>更改最小流量</translation>
    </message>
    <message>
        <source>Bring back %1</source>
        <translation>恢复 %1</translation>
    </message>
    <message>
        <source>Follow everyone</source>
        <translation>跟踪所有人</translation>
    </message>
    <message>
        <source>Paths from %1</source>
        <translation>路径起点 %1</translation>
    </message>
    <message>
        <source>Change dates</source>
        <translation>更改日期</translation>
    </message>
    <message>
        <source>Diagram</source>
        <translation>图</translation>
    </message>
    <message>
        <source>Paths after %1</source>
        <translation>%1 之后的路径</translation>
    </message>
    <message>
        <source>Paths before %1</source>
        <translation>%1 之前的路径</translation>
    </message>
    <message>
        <source>Leave out %1</source>
        <translation>排除 %1</translation>
    </message>
    <message>
        <source>Start paths at %1</source>
        <translation>路径从 %1 开始</translation>
    </message>
    <message>
        <source>End paths at %1</source>
        <translation>路径在 %1 结束</translation>
    </message>
    <message>
        <source>Leave %1 out</source>
        <translation>排除 %1</translation>
    </message>
    <message>
        <source>(choose an event)</source>
        <translation>（选择一个事件）</translation>
    </message>
    <message>
        <source>everyone</source>
        <translation>所有人</translation>
    </message>
    <message>
        <source>cohort &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>同期群 &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;What do people do next?&lt;/h3&gt;Choose (or drag from the catalog) the event the paths start from, such as &lt;b&gt;signup&lt;/b&gt;, to see the flows that follow it within the session.</source>
        <translation>&lt;h3&gt;人们接下来做什么？&lt;/h3&gt;选择（或从目录中拖入）路径开始的事件，例如 &lt;b&gt;signup&lt;/b&gt;，即可看到会话中随后的流向。</translation>
    </message>
    <message>
        <source>These paths cannot be computed</source>
        <translation>无法计算这些路径</translation>
    </message>
    <message>
        <source>Nobody did %1 here, so there are no paths.</source>
        <translation>这里没有人做过 %1，所以没有路径。</translation>
    </message>
    <message>
        <source>Every session ended at %1: nobody did anything within %2 of it. If the data has dates only (no time of day), set &quot;Session ends after&quot; to a day or more.</source>
        <translation>每个会话都在 %1 处结束：之后 %2 内没有人做任何事。如果数据只有日期（没有时间），请把“会话结束于”设为一天或更长。</translation>
    </message>
    <message>
        <source>%1 sequences %2 %3; flows under %4 are grouped as &quot;other&quot;.</source>
        <translation>%1 个序列%2 %3；少于 %4 的流向归为“其他”。</translation>
    </message>
    <message>
        <source>ending at</source>
        <translation>结束于</translation>
    </message>
    <message>
        <source>starting at</source>
        <translation>开始于</translation>
    </message>
</context>
<context>
    <name>Quadrant::PersonListDialog</name>
    <message>
        <source>Save as Cohort…</source>
        <translation>保存为同期群…</translation>
    </message>
    <message>
        <source>Finding the persons…</source>
        <translation>正在查找用户…</translation>
    </message>
    <message>
        <source>No project is open.</source>
        <translation>没有打开的项目。</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 persons&lt;/b&gt; %2.</source>
        <translation>&lt;b&gt;%1 人&lt;/b&gt;%2。</translation>
    </message>
    <message>
        <source>The first %1 are listed; save them as a cohort to keep them all.</source>
        <translation>只列出前 %1 人；把他们保存为同期群即可全部保留。</translation>
    </message>
    <message>
        <source>Save as Cohort</source>
        <translation>保存为同期群</translation>
    </message>
    <message>
        <source>Name of the cohort:</source>
        <translation>同期群名称：</translation>
    </message>
    <message>
        <source>&lt;br&gt;Saved as cohort &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation>&lt;br&gt;已保存为同期群 &lt;b&gt;%1&lt;/b&gt;。</translation>
    </message>
    <message>
        <source>Cannot save the cohort</source>
        <translation>无法保存同期群</translation>
    </message>
    <message>
        <source>no project is open</source>
        <translation>没有打开的项目</translation>
    </message>
</context>
<context>
    <name>Quadrant::PersonTable</name>
    <message>
        <source>Double-click a person to see everything they did; Ctrl+C copies the selected rows (or all)</source>
        <translation>双击用户可查看他们做过的所有事；Ctrl+C 复制所选行（或全部）</translation>
    </message>
</context>
<context>
    <name>Quadrant::PipelineView</name>
    <message>
        <source>Only deals created between</source>
        <translation>仅限商机创建时间在</translation>
    </message>
    <message>
        <source>A deal field (stage, channel, a property such as owner or product) or account.FIELD; type any other field</source>
        <translation>商机字段（阶段、渠道、属性如负责人或产品）或 account.字段；也可以输入其他字段</translation>
    </message>
    <message>
        <source>(all deals together)</source>
        <translation>（全部商机合计）</translation>
    </message>
    <message>
        <source>Group by</source>
        <translation>分组依据</translation>
    </message>
    <message>
        <source>Stage names...</source>
        <translation>阶段名称...</translation>
    </message>
    <message>
        <source>Which of the project&apos;s stage names mean won, lost or still open</source>
        <translation>项目中的哪些阶段名称表示赢单、输单或仍在进行</translation>
    </message>
    <message>
        <source>Group the pipeline</source>
        <translation>对管道分组</translation>
    </message>
    <message>
        <source>Change dates</source>
        <translation>更改日期</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>This pipeline cannot be computed</source>
        <translation>无法计算这个管道</translation>
    </message>
    <message>
        <source>%1 deals: %2 won, %3 lost, %4 won revenue.</source>
        <translation>%1 个商机：赢单 %2，输单 %3，赢单收入 %4。</translation>
    </message>
    <message>
        <source>Stage names</source>
        <translation>阶段名称</translation>
    </message>
    <message>
        <source>What each stage of this project means. &quot;won&quot; and &quot;closed won&quot;, &quot;lost&quot; and &quot;closed lost&quot; are known; every other stage counts as open unless you say otherwise.</source>
        <translation>这个项目的每个阶段表示什么。“won”和“closed won”、“lost”和“closed lost”是已知的；除非你另行指定，其他阶段都算作进行中。</translation>
    </message>
</context>
<context>
    <name>Quadrant::ProjectController</name>
    <message>
        <source>Cannot read the project</source>
        <translation>无法读取项目</translation>
    </message>
    <message>
        <source>Opening %1</source>
        <translation>正在打开 %1</translation>
    </message>
    <message>
        <source>Cannot open the project</source>
        <translation>无法打开项目</translation>
    </message>
    <message>
        <source>Project in use</source>
        <translation>项目正在使用中</translation>
    </message>
    <message>
        <source>%1

Open a read-only view instead?</source>
        <translation>%1

改为以只读方式打开吗？</translation>
    </message>
    <message>
        <source>Cannot create the project</source>
        <translation>无法创建项目</translation>
    </message>
    <message>
        <source>cannot replace the existing file</source>
        <translation>无法替换现有文件</translation>
    </message>
    <message>
        <source>Creating the sample project</source>
        <translation>正在创建示例项目</translation>
    </message>
    <message>
        <source>Cannot create the sample project</source>
        <translation>无法创建示例项目</translation>
    </message>
    <message>
        <source>cannot move the older sample aside</source>
        <translation>无法把旧的示例项目移到一边</translation>
    </message>
    <message>
        <source>Saving %1</source>
        <translation>正在保存 %1</translation>
    </message>
    <message>
        <source>Cannot save the project</source>
        <translation>无法保存项目</translation>
    </message>
    <message>
        <source>Cannot open the saved copy</source>
        <translation>无法打开保存的副本</translation>
    </message>
    <message>
        <source>Writing the demo copy %1</source>
        <translation>正在写入演示副本 %1</translation>
    </message>
    <message>
        <source>Cannot write the demo copy</source>
        <translation>无法写入演示副本</translation>
    </message>
    <message>
        <source>Replaced %1 person ids, %2 accounts and %3 other values.</source>
        <translation>已替换 %1 个用户 ID、%2 个客户和 %3 个其他值。</translation>
    </message>
    <message>
        <source> · last import: %1 from %2, %3</source>
        <translation> · 最近导入：%1，来自 %2，%3</translation>
    </message>
    <message>
        <source> · read-only: changes to analyses are not saved</source>
        <translation> · 只读：对分析的更改不会保存</translation>
    </message>
    <message>
        <source>Checking the events on ClickHouse at %1</source>
        <translation>正在检查 %1 上 ClickHouse 中的事件</translation>
    </message>
    <message>
        <source>Pushing the events to ClickHouse at %1</source>
        <translation>正在把事件推送到 %1 上的 ClickHouse</translation>
    </message>
    <message>
        <source>The server already held this project&apos;s %1 events.</source>
        <translation>服务器上已有本项目的 %1 个事件。</translation>
    </message>
    <message>
        <source>Sent %1 events; the server holds %2.</source>
        <translation>已发送 %1 个事件;服务器上共有 %2 个。</translation>
    </message>
    <message>
        <source> · events: ClickHouse %1:%2/%3</source>
        <translation> · 事件:ClickHouse %1:%2/%3</translation>
    </message>
    <message>
        <source> · events: this file</source>
        <translation> · 事件:本文件</translation>
    </message>
    <message>
        <source> · events: this file (ClickHouse %1:%2/%3 saved: File &gt; Connect to ClickHouse)</source>
        <translation> · 事件:本文件(已保存 ClickHouse %1:%2/%3:文件 &gt; 连接 ClickHouse)</translation>
    </message>
    <message numerus="yes">
        <source>Left out %n table(s), column(s) or setting(s) Quadrant does not know.</source>
        <translation>
            <numerusform>略去了 %n 个 Quadrant 不认识的表、列或设置。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Quadrant::ProjectOverview</name>
    <message>
        <source>Search events…</source>
        <translation>搜索事件…</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;No events yet.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Import an event file with &lt;i&gt;File ▸ Import…&lt;/i&gt;, or open the built-in sample with &lt;i&gt;File ▸ New Sample Project&lt;/i&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;还没有事件。&lt;/b&gt;&lt;/p&gt;&lt;p&gt;用&lt;i&gt;文件 ▸ 导入…&lt;/i&gt;导入事件文件，或用&lt;i&gt;文件 ▸ 新建示例项目&lt;/i&gt;打开内置示例。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>What this project holds</source>
        <translation>这个项目包含什么</translation>
    </message>
    <message>
        <source>%1 · %2 · last changed %3</source>
        <translation>%1 · %2 · 最后修改于 %3</translation>
    </message>
    <message>
        <source>Read-only: %1</source>
        <translation>只读：%1</translation>
    </message>
    <message>
        <source>opened read-only</source>
        <translation>已以只读方式打开</translation>
    </message>
</context>
<context>
    <name>Quadrant::ProjectSession</name>
    <message>
        <source>cannot read the events</source>
        <translation>无法读取事件</translation>
    </message>
    <message>
        <source>no project is open</source>
        <translation>没有打开的项目</translation>
    </message>
</context>
<context>
    <name>Quadrant::PropertyCatalogModel</name>
    <message>
        <source>%1 (event property)</source>
        <translation>%1（事件属性）</translation>
    </message>
    <message>
        <source>%1 (person property)</source>
        <translation>%1（用户属性）</translation>
    </message>
    <message>
        <source>Person property %1: drag onto a breakdown</source>
        <translation>用户属性 %1：可拖到分组上</translation>
    </message>
    <message>
        <source>Event property %1: drag onto a breakdown, a step filter or hold constant</source>
        <translation>事件属性 %1：可拖到分组、步骤筛选或保持一致上</translation>
    </message>
    <message>
        <source>person</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>event</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Property</source>
        <translation>属性</translation>
    </message>
    <message>
        <source>On</source>
        <translation>属于</translation>
    </message>
    <message>
        <source>Seen</source>
        <translation>出现次数</translation>
    </message>
</context>
<context>
    <name>Quadrant::QuadrantPlot</name>
    <message>
        <source>Renewal and expansion quadrant</source>
        <translation>续约与增购象限</translation>
    </message>
    <message numerus="yes">
        <source>%n accounts by health and expansion; the to-do list beside it has each account.</source>
        <translation>
            <numerusform>%n 个客户按健康度和增购潜力排列；旁边的待办清单列出了每个客户。</numerusform>
        </translation>
    </message>
    <message>
        <source>Renewal and expansion: health against expansion</source>
        <translation>续约与增购：健康度对比增购潜力</translation>
    </message>
    <message>
        <source>health score</source>
        <translation>健康度评分</translation>
    </message>
    <message>
        <source>expansion (seat use and usage trend)</source>
        <translation>增购潜力（席位使用率和使用趋势）</translation>
    </message>
    <message>
        <source>%1 (%2)
health %3, expansion %4
ARR %5, renewal %6</source>
        <translation>%1（%2）
健康度 %3，增购潜力 %4
ARR %5，续约 %6</translation>
    </message>
</context>
<context>
    <name>Quadrant::QuadrantView</name>
    <message>
        <source>Or drag the line on the plot</source>
        <translation>也可以在图上拖动分界线</translation>
    </message>
    <message>
        <source>Health model</source>
        <translation>健康度模型</translation>
    </message>
    <message>
        <source>Healthy from</source>
        <translation>健康的下限</translation>
    </message>
    <message>
        <source>Growing from</source>
        <translation>增长的下限</translation>
    </message>
    <message>
        <source>Choose a health model</source>
        <translation>选择健康度模型</translation>
    </message>
    <message>
        <source>Change the as-of day</source>
        <translation>更改截至日期</translation>
    </message>
    <message>
        <source>Quadrant</source>
        <translation>象限图</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Renewal</source>
        <translation>续约</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>健康度</translation>
    </message>
    <message>
        <source>ARR</source>
        <translation>ARR</translation>
    </message>
    <message>
        <source>Move the thresholds</source>
        <translation>移动分界线</translation>
    </message>
    <message>
        <source>The quadrant cannot be drawn</source>
        <translation>无法绘制象限</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1（%2）：%3</translation>
    </message>
    <message>
        <source>%1 accounts as of %2. Drag a dashed line to move a threshold; click an account for its page.</source>
        <translation>截至 %2 的 %1 个客户。拖动虚线可移动分界线；点击客户可打开其页面。</translation>
    </message>
</context>
<context>
    <name>Quadrant::RecordTableModel</name>
    <message>
        <source>Account</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Active persons</source>
        <translation>活跃用户</translation>
    </message>
    <message>
        <source>ARR</source>
        <translation>ARR</translation>
    </message>
    <message>
        <source>Average won deal</source>
        <translation>平均赢单金额</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>区间</translation>
    </message>
    <message>
        <source>Behaviour</source>
        <translation>行为</translation>
    </message>
    <message>
        <source>Breakdown</source>
        <translation>分组</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>95% interval from</source>
        <translation>95% 区间从</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>同期群</translation>
    </message>
    <message>
        <source>Cohort size</source>
        <translation>同期群规模</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Conversion from previous</source>
        <translation>较上一步转化率</translation>
    </message>
    <message>
        <source>Conversion from start</source>
        <translation>较开始转化率</translation>
    </message>
    <message>
        <source>Converters</source>
        <translation>转化人数</translation>
    </message>
    <message>
        <source>Cost per lead</source>
        <translation>每条线索成本</translation>
    </message>
    <message>
        <source>Cost per won deal</source>
        <translation>每个赢单成本</translation>
    </message>
    <message>
        <source>Days to close (mean)</source>
        <translation>成交天数（均值）</translation>
    </message>
    <message>
        <source>Days to win (mean)</source>
        <translation>赢单天数（均值）</translation>
    </message>
    <message>
        <source>Days to win (median)</source>
        <translation>赢单天数（中位数）</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>商机</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Entry date</source>
        <translation>进入日期</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Expansion</source>
        <translation>增购潜力</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>匹配度</translation>
    </message>
    <message>
        <source>From event</source>
        <translation>起始事件</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>组</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>健康度</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <source>Key features</source>
        <translation>关键功能</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>线索</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>线索</translation>
    </message>
    <message>
        <source>Lift</source>
        <translation>提升</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>输单</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>均值</translation>
    </message>
    <message>
        <source>Median time from previous</source>
        <translation>距上一步的中位时间</translation>
    </message>
    <message>
        <source>Median time from start</source>
        <translation>距开始的中位时间</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>修改时间</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>p-value</source>
        <translation>p 值</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>周期</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>套餐</translation>
    </message>
    <message>
        <source>Chance to be best</source>
        <translation>成为最佳的概率</translation>
    </message>
    <message>
        <source>Quadrant</source>
        <translation>Quadrant</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>比率</translation>
    </message>
    <message>
        <source>Reactivated</source>
        <translation>重新活跃</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Renewal</source>
        <translation>续约</translation>
    </message>
    <message>
        <source>Renewal date</source>
        <translation>续约日期</translation>
    </message>
    <message>
        <source>ROI</source>
        <translation>ROI</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>评分</translation>
    </message>
    <message>
        <source>Seat use</source>
        <translation>席位使用率</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>席位</translation>
    </message>
    <message>
        <source>Sequences</source>
        <translation>序列数</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Spend</source>
        <translation>花费</translation>
    </message>
    <message>
        <source>Sample ratio p</source>
        <translation>样本比例 p</translation>
    </message>
    <message>
        <source>Std. dev.</source>
        <translation>标准差</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>t</source>
        <translation>t</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>表格</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>To event</source>
        <translation>目标事件</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>趋势</translation>
    </message>
    <message>
        <source>Usage trend</source>
        <translation>使用趋势</translation>
    </message>
    <message>
        <source>Person id</source>
        <translation>用户 ID</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Variant</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation>赢单率</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>赢单</translation>
    </message>
    <message>
        <source>Won revenue</source>
        <translation>赢单收入</translation>
    </message>
    <message>
        <source>z</source>
        <translation>z</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>收入</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Hour</source>
        <translation>小时</translation>
    </message>
    <message>
        <source>Weekday</source>
        <translation>星期</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>计数</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 小时</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 天</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>(other)</source>
        <translation>（其他）</translation>
    </message>
    <message>
        <source>(session end)</source>
        <translation>（会话结束）</translation>
    </message>
    <message>
        <source>(no stage)</source>
        <translation>（无阶段）</translation>
    </message>
    <message>
        <source>red</source>
        <translation>红</translation>
    </message>
    <message>
        <source>yellow</source>
        <translation>黄</translation>
    </message>
    <message>
        <source>green</source>
        <translation>绿</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>open</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>won</source>
        <translation>赢单</translation>
    </message>
    <message>
        <source>lost</source>
        <translation>输单</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>首次出现</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>最后出现</translation>
    </message>
    <message>
        <source>event</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>nps</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>lead</source>
        <translation>线索</translation>
    </message>
    <message>
        <source>deal</source>
        <translation>商机</translation>
    </message>
</context>
<context>
    <name>Quadrant::RetentionGridModel</name>
    <message>
        <source>All cohorts</source>
        <translation>全部同期群</translation>
    </message>
    <message>
        <source>This period has not happened yet</source>
        <translation>这个周期还没有到来</translation>
    </message>
    <message>
        <source>%1 of %2 persons (%3%) active in %4 %5</source>
        <translation>%4 %5 内 %2 人中有 %1 人（%3%）活跃</translation>
    </message>
    <message>
        <source>Click to list them</source>
        <translation>点击列出他们</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>同期群</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>用户</translation>
    </message>
</context>
<context>
    <name>Quadrant::RetentionView</name>
    <message>
        <source>The event that puts a person in a cohort (their first one, or every one for recurring cohorts). Drag one from the catalog.</source>
        <translation>让用户进入同期群的事件（首次发生，或对于循环同期群是每一次）。从目录中拖入一个。</translation>
    </message>
    <message>
        <source>The event that counts as coming back. Drag one from the catalog.</source>
        <translation>算作回访的事件。从目录中拖入一个。</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>天</translation>
    </message>
    <message>
        <source>Weeks (Monday)</source>
        <translation>周（周一开始）</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>月</translation>
    </message>
    <message>
        <source> periods</source>
        <translation> 个周期</translation>
    </message>
    <message>
        <source>How many periods after the cohort&apos;s own to follow</source>
        <translation>在同期群自身周期之后跟踪多少个周期</translation>
    </message>
    <message>
        <source>in that period</source>
        <translation>在该周期内</translation>
    </message>
    <message>
        <source>in that period or later</source>
        <translation>在该周期或之后</translation>
    </message>
    <message>
        <source>In that period: active in period N.
Or later: active in period N or any after it (unbounded retention).</source>
        <translation>在该周期内：在第 N 个周期活跃。
或之后：在第 N 个周期或之后任一周期活跃（无界留存）。</translation>
    </message>
    <message>
        <source>Every start event makes a cohort entry (recurring)</source>
        <translation>每次起始事件都形成一个同期群条目（循环）</translation>
    </message>
    <message>
        <source>One pooled row per value of a person property, or of the start event&apos;s property</source>
        <translation>按用户属性或起始事件属性的每个值合并为一行</translation>
    </message>
    <message>
        <source>People who did</source>
        <translation>做过</translation>
    </message>
    <message>
        <source>and came back to</source>
        <translation>并回访</translation>
    </message>
    <message>
        <source>Counted in</source>
        <translation>统计单位</translation>
    </message>
    <message>
        <source>For</source>
        <translation>跟踪</translation>
    </message>
    <message>
        <source>Coming back</source>
        <translation>回访</translation>
    </message>
    <message>
        <source>Breakdown</source>
        <translation>分组</translation>
    </message>
    <message>
        <source>Only cohorts between</source>
        <translation>仅限同期群时间在</translation>
    </message>
    <message>
        <source>Drag events from the catalog onto the two event fields, and a property onto Breakdown.</source>
        <translation>把目录中的事件拖到两个事件字段上，把属性拖到“分组”上。</translation>
    </message>
    <message>
        <source>Change start event</source>
        <translation>更改起始事件</translation>
    </message>
    <message>
        <source>Change return event</source>
        <translation>更改回访事件</translation>
    </message>
    <message>
        <source>Change period</source>
        <translation>更改周期</translation>
    </message>
    <message>
        <source>Change number of periods</source>
        <translation>更改周期数</translation>
    </message>
    <message>
        <source>Change how returns count</source>
        <translation>更改回访的计算方式</translation>
    </message>
    <message>
        <source>Change cohorts</source>
        <translation>更改同期群</translation>
    </message>
    <message>
        <source>Change breakdown</source>
        <translation>更改分组</translation>
    </message>
    <message>
        <source>Start with %1</source>
        <translation>以 %1 开始</translation>
    </message>
    <message>
        <source>Return with %1</source>
        <translation>以 %1 回访</translation>
    </message>
    <message>
        <source>Break down by %1</source>
        <translation>按 %1 分组</translation>
    </message>
    <message>
        <source>Change dates</source>
        <translation>更改日期</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>网格</translation>
    </message>
    <message>
        <source>Curve</source>
        <translation>曲线</translation>
    </message>
    <message>
        <source>(choose an event)</source>
        <translation>（选择一个事件）</translation>
    </message>
    <message>
        <source>any event</source>
        <translation>任意事件</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Who comes back?&lt;/h3&gt;Choose (or drag from the catalog) the event that starts a cohort, such as &lt;b&gt;signup&lt;/b&gt;, and the event that counts as coming back.</source>
        <translation>&lt;h3&gt;谁会回来？&lt;/h3&gt;选择（或从目录中拖入）开始一个同期群的事件，例如 &lt;b&gt;signup&lt;/b&gt;，以及算作回访的事件。</translation>
    </message>
    <message>
        <source>This retention cannot be computed</source>
        <translation>无法计算这个留存</translation>
    </message>
    <message>
        <source>Nobody did %1 in this range.</source>
        <translation>在这个范围内没有人做过 %1。</translation>
    </message>
    <message>
        <source>%1 cohort entries; empty cells are periods still to come.</source>
        <translation>%1 个同期群条目；空白单元格是尚未到来的周期。</translation>
    </message>
    <message>
        <source>who did %1 in the %2 of %3</source>
        <translation>在 %3 的%2中做了 %1</translation>
    </message>
    <message>
        <source>who did %1</source>
        <translation>做了 %1</translation>
    </message>
    <message>
        <source>of %1 who did %2</source>
        <translation>做了 %2 的 %1 人中</translation>
    </message>
    <message>
        <source>%1 and came back in %2 %3</source>
        <translation>%1，并在 %2 %3 回访</translation>
    </message>
    <message>
        <source>Cohort %1, %2 %3</source>
        <translation>同期群 %1，%2 %3</translation>
    </message>
    <message>
        <source>%1, %2 %3</source>
        <translation>%1，%2 %3</translation>
    </message>
</context>
<context>
    <name>Quadrant::RoiView</name>
    <message>
        <source>Only spend, leads and deals between</source>
        <translation>仅限花费、线索和商机时间在</translation>
    </message>
    <message>
        <source>Spend comes from the spend table, leads and deals from the CRM; a deal without a channel takes its lead&apos;s.</source>
        <translation>花费来自花费表，线索和商机来自 CRM；没有渠道的商机沿用其线索的渠道。</translation>
    </message>
    <message>
        <source>Change dates</source>
        <translation>更改日期</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>图表</translation>
    </message>
    <message>
        <source>Channel ROI cannot be computed</source>
        <translation>无法计算渠道 ROI</translation>
    </message>
    <message>
        <source>%1 spent, %2 won from %3 won deals; ROI over all channels %4.</source>
        <translation>花费 %1，从 %3 个赢单中获得 %2；所有渠道的 ROI 为 %4。</translation>
    </message>
    <message>
        <source>(no spend)</source>
        <translation>（无花费）</translation>
    </message>
</context>
<context>
    <name>Quadrant::SankeyWidget</name>
    <message>
        <source>Paths diagram</source>
        <translation>路径图</translation>
    </message>
    <message numerus="yes">
        <source>%n sequences %1 %2, %3 flows; the Table tab lists each flow.</source>
        <translation>
            <numerusform>%n 个序列%1 %2，%3 条流向；“表格”页列出每条流向。</numerusform>
        </translation>
    </message>
    <message>
        <source>ending at</source>
        <translation>结束于</translation>
    </message>
    <message>
        <source>starting at</source>
        <translation>开始于</translation>
    </message>
    <message>
        <source>end</source>
        <translation>终点</translation>
    </message>
    <message>
        <source>start</source>
        <translation>起点</translation>
    </message>
    <message>
        <source>%1 before</source>
        <translation>%1 之前</translation>
    </message>
    <message>
        <source>step %1</source>
        <translation>第 %1 步</translation>
    </message>
    <message>
        <source>%1: %2 sequences start here; click to choose what to do with it</source>
        <translation>%1：%2 个序列从这里开始；点击选择如何处理它</translation>
    </message>
    <message>
        <source>%1 at step %2: %3 sequences, %4 of those that went on from step %5</source>
        <translation>%1 在第 %2 步：%3 个序列，占从第 %5 步继续的序列的 %4</translation>
    </message>
    <message>
        <source>%1 → %2: %3 sequences, %4 of %1 at step %5</source>
        <translation>%1 → %2：%3 个序列，占第 %5 步 %1 的 %4</translation>
    </message>
</context>
<context>
    <name>Quadrant::SavedAnalysesPanel</name>
    <message>
        <source>New Funnel</source>
        <translation>新建漏斗</translation>
    </message>
    <message>
        <source>Start a funnel; drag events onto its steps (Ctrl+Shift+F)</source>
        <translation>新建漏斗；把事件拖到它的步骤上（Ctrl+Shift+F）</translation>
    </message>
    <message>
        <source>Analyses saved in this project: double-click to open</source>
        <translation>保存在这个项目中的分析：双击打开</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>重命名…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>新建…</translation>
    </message>
    <message>
        <source>Start a retention grid, trend, paths, heatmap or A/B test</source>
        <translation>新建留存网格、趋势、路径、热力图或 A/B 测试</translation>
    </message>
    <message>
        <source>%1
%2 · changed %3</source>
        <translation>%1
%2 · 修改于 %3</translation>
    </message>
    <message>
        <source>No saved analyses yet: start with New Funnel or New Retention.</source>
        <translation>还没有已保存的分析：从“新建漏斗”或“新建留存”开始。</translation>
    </message>
</context>
<context>
    <name>Quadrant::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>菜单</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>命令</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
</context>
<context>
    <name>Quadrant::StepFilterDialog</name>
    <message>
        <source>Conditions on %1</source>
        <translation>%1 的条件</translation>
    </message>
    <message>
        <source>Count only &lt;b&gt;%1&lt;/b&gt; events whose properties match every condition below.</source>
        <translation>只统计属性符合下面所有条件的 &lt;b&gt;%1&lt;/b&gt; 事件。</translation>
    </message>
    <message>
        <source>Add Condition</source>
        <translation>添加条件</translation>
    </message>
    <message>
        <source>(choose a property)</source>
        <translation>（选择一个属性）</translation>
    </message>
    <message>
        <source>is</source>
        <translation>是</translation>
    </message>
    <message>
        <source>is not</source>
        <translation>不是</translation>
    </message>
    <message>
        <source>Remove this condition</source>
        <translation>删除这个条件</translation>
    </message>
    <message>
        <source>A value cannot contain “&amp;” or “]”: “%1”.</source>
        <translation>值不能包含“&amp;”或“]”：“%1”。</translation>
    </message>
</context>
<context>
    <name>Quadrant::StickinessView</name>
    <message>
        <source>Chart</source>
        <translation>图表</translation>
    </message>
    <message>
        <source>Only between</source>
        <translation>仅限时间在</translation>
    </message>
    <message>
        <source>The event whose active days are counted. Drag one from the catalog.</source>
        <translation>统计其活跃天数的事件。从目录中拖入一个。</translation>
    </message>
    <message>
        <source>Week (Monday)</source>
        <translation>周（周一开始）</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <source>On at least that many days</source>
        <translation>至少这么多天</translation>
    </message>
    <message>
        <source>One bar per value of a person or event property. Drag one here.</source>
        <translation>用户属性或事件属性的每个取值一组柱形。把属性拖到这里。</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Per</source>
        <translation>按</translation>
    </message>
    <message>
        <source>Breakdown</source>
        <translation>分组</translation>
    </message>
    <message>
        <source>How habitual is it? Each bar is the share of the period&apos;s persons who did the event on that many different days.</source>
        <translation>它有多成习惯？每根柱形是本周期用户中在这么多个不同日子做了该事件的比例。</translation>
    </message>
    <message>
        <source>Change event</source>
        <translation>更改事件</translation>
    </message>
    <message>
        <source>Change interval</source>
        <translation>更改间隔</translation>
    </message>
    <message>
        <source>Count at least n days</source>
        <translation>统计至少 n 天</translation>
    </message>
    <message>
        <source>Count exactly n days</source>
        <translation>统计恰好 n 天</translation>
    </message>
    <message>
        <source>Change breakdown</source>
        <translation>更改分组</translation>
    </message>
    <message>
        <source>Stickiness of %1</source>
        <translation>%1 的粘性</translation>
    </message>
    <message>
        <source>Break down by %1</source>
        <translation>按 %1 分组</translation>
    </message>
    <message>
        <source>Change dates</source>
        <translation>更改日期</translation>
    </message>
    <message>
        <source>(choose an event)</source>
        <translation>（选择一个事件）</translation>
    </message>
    <message>
        <source>any event</source>
        <translation>任意事件</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>&lt;h3&gt;How often do people come back to it?&lt;/h3&gt;Choose (or drag from the catalog) an event such as &lt;b&gt;login&lt;/b&gt;: the chart shows how many days of each week people did it.</source>
        <translation>&lt;h3&gt;人们多常回来做这件事？&lt;/h3&gt;选择（或从目录中拖入）一个事件，例如 &lt;b&gt;login&lt;/b&gt;：图表显示人们每周有几天做了它。</translation>
    </message>
    <message>
        <source>This stickiness cannot be computed</source>
        <translation>无法计算这个粘性</translation>
    </message>
    <message>
        <source>%1 periods</source>
        <translation>%1 个周期</translation>
    </message>
    <message>
        <source>; the chart shows the last %1, the table has them all</source>
        <translation>；图表显示最近 %1 个，表格包含全部</translation>
    </message>
    <message>
        <source>; the chart shows the %1 largest of %2 values, the table has them all</source>
        <translation>；图表显示 %2 个取值中最大的 %1 个，表格包含全部</translation>
    </message>
    <message>
        <source>Any event</source>
        <translation>任意事件</translation>
    </message>
    <message>
        <source>%1: active days per month</source>
        <translation>%1：每月活跃天数</translation>
    </message>
    <message>
        <source>%1: active days per week</source>
        <translation>%1：每周活跃天数</translation>
    </message>
    <message>
        <source>≥ %1</source>
        <translation>≥ %1</translation>
    </message>
    <message>
        <source>on at least this many days</source>
        <translation>至少这么多天</translation>
    </message>
    <message>
        <source>on this many days</source>
        <translation>恰好这么多天</translation>
    </message>
    <message>
        <source>of the period&apos;s persons</source>
        <translation>占本周期用户</translation>
    </message>
    <message>
        <source>%1 · %2 days: %3 persons (%4%)</source>
        <translation>%1 · %2 天：%3 个用户（%4%）</translation>
    </message>
</context>
<context>
    <name>Quadrant::TableCountsModel</name>
    <message>
        <source>Events</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Event names</source>
        <translation>事件名称</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Identities (raw ids)</source>
        <translation>身份（原始 ID）</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>线索</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>商机</translation>
    </message>
    <message>
        <source>Ad spend days</source>
        <translation>广告花费天数</translation>
    </message>
    <message>
        <source>NPS answers</source>
        <translation>NPS 回答</translation>
    </message>
    <message>
        <source>Saved analyses</source>
        <translation>已保存的分析</translation>
    </message>
    <message>
        <source>Cohorts</source>
        <translation>同期群</translation>
    </message>
    <message>
        <source>Imports</source>
        <translation>导入记录</translation>
    </message>
    <message>
        <source>Rejected rows</source>
        <translation>被拒绝的行</translation>
    </message>
    <message>
        <source>Table &apos;%1&apos; in the project file</source>
        <translation>项目文件中的数据表“%1”</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>表格</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>行</translation>
    </message>
</context>
<context>
    <name>Quadrant::TimeToConvertChart</name>
    <message>
        <source>Nobody converted yet</source>
        <translation>还没有人完成转化</translation>
    </message>
    <message>
        <source>Time from the first to the last step: median %1 over %2 converters</source>
        <translation>从第一步到最后一步的时间：%2 个转化者的中位数为 %1</translation>
    </message>
    <message>
        <source>Converters</source>
        <translation>转化人数</translation>
    </message>
    <message>
        <source>Time to convert</source>
        <translation>转化时间</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>用户</translation>
    </message>
</context>
<context>
    <name>Quadrant::TimelineDialog</name>
    <message>
        <source>Timeline of %1</source>
        <translation>%1 的时间线</translation>
    </message>
    <message>
        <source>Timeline of account %1</source>
        <translation>客户 %1 的时间线</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>正在读取…</translation>
    </message>
    <message>
        <source>Filter: an event name, deal, nps, a page…</source>
        <translation>筛选：事件名、deal、nps、某个页面…</translation>
    </message>
    <message>
        <source>Double-click a row to see that person&apos;s own timeline</source>
        <translation>双击一行可查看该用户自己的时间线</translation>
    </message>
    <message>
        <source>No project is open.</source>
        <translation>没有打开的项目。</translation>
    </message>
    <message>
        <source>%1 rows, oldest first.</source>
        <translation>共 %1 行，最早的在前。</translation>
    </message>
    <message>
        <source>Only the %1 most recent are shown.</source>
        <translation>只显示最近的 %1 条。</translation>
    </message>
</context>
<context>
    <name>Quadrant::TrendView</name>
    <message>
        <source>Only between</source>
        <translation>仅限时间在</translation>
    </message>
    <message>
        <source>The event to count. Drag one from the catalog.</source>
        <translation>要统计的事件。从目录中拖入一个。</translation>
    </message>
    <message>
        <source>Total events</source>
        <translation>事件总数</translation>
    </message>
    <message>
        <source>Persons who did it</source>
        <translation>做过的用户数</translation>
    </message>
    <message>
        <source>Events per person</source>
        <translation>人均事件数</translation>
    </message>
    <message>
        <source>Sum of a property</source>
        <translation>属性总和</translation>
    </message>
    <message>
        <source>Average of a property</source>
        <translation>属性平均值</translation>
    </message>
    <message>
        <source>A numeric event property to sum or average. Drag one from the catalog.</source>
        <translation>要求和或求平均的数值型事件属性。从目录中拖入一个。</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>天</translation>
    </message>
    <message>
        <source>Week (Monday)</source>
        <translation>周（周一开始）</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <source>One line per value: the event&apos;s source (front end web or app against back end server), a person property or the event&apos;s own property. Drag a property here.</source>
        <translation>每个值一条线：事件的来源（前端网页或应用 对比 后端服务器）、用户属性或事件自身的属性。把属性拖到这里。</translation>
    </message>
    <message>
        <source>Compare with the period before (dashed)</source>
        <translation>与上一周期比较（虚线）</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>折线</translation>
    </message>
    <message>
        <source>Bars</source>
        <translation>柱形</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Property</source>
        <translation>属性</translation>
    </message>
    <message>
        <source>Per</source>
        <translation>按</translation>
    </message>
    <message>
        <source>Breakdown</source>
        <translation>分组</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>图表</translation>
    </message>
    <message>
        <source>Drag an event from the catalog onto Event, and a property onto Breakdown or Property. &quot;Event source&quot; compares front end (web, app) with back end (server).</source>
        <translation>把目录中的事件拖到“事件”上，把属性拖到“分组”或“属性”上。“事件来源”比较前端（网页、应用）和后端（服务器）。</translation>
    </message>
    <message>
        <source>Change event</source>
        <translation>更改事件</translation>
    </message>
    <message>
        <source>Change interval</source>
        <translation>更改间隔</translation>
    </message>
    <message>
        <source>Change breakdown</source>
        <translation>更改分组</translation>
    </message>
    <message>
        <source>Compare with previous period</source>
        <translation>与上一周期比较</translation>
    </message>
    <message>
        <source>Stop comparing</source>
        <translation>停止比较</translation>
    </message>
    <message>
        <source>Change chart type</source>
        <translation>更改图表类型</translation>
    </message>
    <message>
        <source>Trend of %1</source>
        <translation>%1 的趋势</translation>
    </message>
    <message>
        <source>Break down by %1</source>
        <translation>按 %1 分组</translation>
    </message>
    <message>
        <source>%1 is a person property: a trend sums or averages an event property, such as amount on purchase.</source>
        <translation>%1 是用户属性：趋势对事件属性求和或求平均，例如 purchase 的 amount。</translation>
    </message>
    <message>
        <source>Measure %1</source>
        <translation>度量 %1</translation>
    </message>
    <message>
        <source>Change dates</source>
        <translation>更改日期</translation>
    </message>
    <message>
        <source>Change measure</source>
        <translation>更改度量方式</translation>
    </message>
    <message>
        <source>(choose an event)</source>
        <translation>（选择一个事件）</translation>
    </message>
    <message>
        <source>any event</source>
        <translation>任意事件</translation>
    </message>
    <message>
        <source>(choose a property)</source>
        <translation>（选择一个属性）</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Event source (front end vs back end)</source>
        <translation>事件来源（前端对比后端）</translation>
    </message>
    <message>
        <source>&lt;h3&gt;How does it change over time?&lt;/h3&gt;Choose (or drag from the catalog) the event to follow, such as &lt;b&gt;login&lt;/b&gt;; then how to measure it and, if you like, a breakdown.</source>
        <translation>&lt;h3&gt;它随时间如何变化？&lt;/h3&gt;选择（或从目录中拖入）要跟踪的事件，例如 &lt;b&gt;login&lt;/b&gt;；然后选择度量方式，如有需要再加上分组。</translation>
    </message>
    <message>
        <source>This trend cannot be computed</source>
        <translation>无法计算这个趋势</translation>
    </message>
    <message>
        <source>%1 per %2, %3 periods</source>
        <translation>%1，每%2，%3 个周期</translation>
    </message>
    <message>
        <source>; the chart shows the %1 largest of %2 series, the table has them all</source>
        <translation>；图中显示 %2 个系列中最大的 %1 个，表格中有全部</translation>
    </message>
</context>
</TS>
