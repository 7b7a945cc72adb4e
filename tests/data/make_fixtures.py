#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Writes the importer test fixtures in this folder. Run with Debian's python3 and
python3-openpyxl (only needed for the .xlsx files). The outputs are committed; CI never runs
this. Every file is tiny, and its expected import result is stated in tst_importjob.cpp."""
import datetime, json, os

HERE = os.path.dirname(os.path.abspath(__file__))

def write(name, data):
    with open(os.path.join(HERE, name), 'wb') as f:
        f.write(data)

BASIC = ('user_id,event,time,source,plan\r\n'
         'u1,signup,2024-03-01T10:00:00Z,web,free\r\n'
         'u1,login,2024-03-01T10:05:00Z,app,free\r\n'
         'u2,signup,2024-03-02T09:00:00Z,web,pro\r\n')

write('events_utf8.csv', BASIC.encode('utf-8'))
write('events_utf8_bom.csv', b'\xef\xbb\xbf' + BASIC.encode('utf-8'))
write('events_utf16le_bom.csv', b'\xff\xfe' + BASIC.encode('utf-16-le'))
write('events_utf16be_bom.csv', b'\xfe\xff' + BASIC.encode('utf-16-be'))
write('events_utf16le_nobom.csv', BASIC.encode('utf-16-le'))
write('events_lf.csv', BASIC.replace('\r\n', '\n').encode())
write('events_cr.csv', BASIC.replace('\r\n', '\r').encode())
write('events_no_final_newline.csv', BASIC.rstrip('\r\n').encode())

# Chinese names and a city property; two bad rows (bad time, empty user).
gb = ('用户,事件,时间,城市\r\n'
      'u1,注册,2024-03-01 10:00:00,北京\r\n'
      'u1,登录,2024-03-01 10:05:00,北京\r\n'
      'u2,注册,昨天,上海\r\n'
      ',登录,2024-03-01 11:00:00,上海\r\n'
      'u3,购买,2024-03-03 12:30:00,深圳\r\n')
write('events_gb18030.csv', gb.encode('gb18030'))

write('events_semicolon.csv', 'user_id;event;time;amount\nu1;purchase;2024-03-01 10:00:00;12,50\nu2;purchase;2024-03-01 11:00:00;1.234,75\n'.encode())
write('events_tab.tsv', 'user_id\tevent\ttime\nu1\tsignup\t2024-03-01T10:00:00Z\nu2\tsignup\t2024-03-01T11:00:00Z\n'.encode())
write('events_pipe.csv', 'user_id|event|time\nu1|signup|2024-03-01T10:00:00Z\nu2|signup|2024-03-01T11:00:00Z\n'.encode())

# RFC 4180: delimiters, quotes and CRLF line breaks inside quoted fields.
write('events_quoted.csv', ('user_id,event,time,note\r\n'
                            'u1,signup,2024-03-01T10:00:00Z,"hello, world"\r\n'
                            'u1,comment,2024-03-01T10:01:00Z,"line one\r\nline two"\r\n'
                            'u2,comment,2024-03-01T10:02:00Z,"she said ""hi"""\r\n'
                            'u2,comment,2024-03-01T10:03:00Z,""\r\n').encode())
write('events_unterminated_quote.csv', ('user_id,event,time,note\n'
                                        'u1,signup,2024-03-01T10:00:00Z,ok\n'
                                        'u2,signup,2024-03-01T11:00:00Z,"never closed\n'
                                        'u3,signup,2024-03-01T12:00:00Z,lost inside the quote\n').encode())
write('events_ragged.csv', ('user_id,event,time,plan\n'
                            'u1,signup,2024-03-01T10:00:00Z,free\n'
                            'u2,signup,2024-03-01T11:00:00Z\n'
                            'u3,signup,2024-03-01T12:00:00Z,pro,extra,fields\n'
                            'u4,signup,2024-03-01T13:00:00Z,pro,,\n').encode())
write('events_empty.csv', b'')
write('events_whitespace_only.csv', b'\n\n  \n')
write('events_header_only.csv', b'user_id,event,time\n')
write('events_blank_lines.csv', b'user_id,event,time\n\nu1,signup,2024-03-01T10:00:00Z\n\n\nu2,signup,2024-03-01T11:00:00Z\n')
write('events_bad_times.csv', ('user_id,event,time\n'
                               'u1,signup,2024-03-01T10:00:00Z\n'
                               'u2,signup,2024-02-30T10:00:00Z\n'
                               'u3,signup,2024-03-01T25:00:00Z\n'
                               'u4,signup,next tuesday\n'
                               'u5,signup,\n'
                               'u6,signup,2024-03-01 10:00:00+05:30\n').encode())
write('events_all_bad.csv', b'user_id,event,time\nu1,signup,never\nu2,signup,soon\n')
write('events_excel_serial.csv', ('user_id,event,time\n'
                                  'u1,signup,45352.5\n'     # 2024-03-01 12:00
                                  'u2,signup,1\n'           # 1900-01-01
                                  'u3,signup,59\n'          # 1900-02-28
                                  'u4,signup,60\n'          # the fake 1900-02-29
                                  'u5,signup,61\n').encode())  # 1900-03-01
write('events_epoch_s.csv', b'user_id,event,time\nu1,signup,1709287200\nu2,signup,1709287200.5\n')
write('events_epoch_ms.csv', b'user_id,event,ts_ms\nu1,signup,1709287200000\nu2,signup,1709287200123\n')
write('events_iso_zones.csv', ('user_id,event,time\n'
                               'u1,a,2024-03-01T10:00:00Z\n'
                               'u1,b,2024-03-01T12:00:00+02:00\n'
                               'u1,c,2024-03-01T05:00:00-0500\n'
                               'u1,d,2024-03-01T10:00:00.250Z\n'
                               'u1,e,2024-03-01\n').encode())
write('events_slash_dates.csv', b'user_id,event,time\nu1,signup,2024/3/1 9:05\nu2,signup,2024/12/31 23:59\n')
write('events_custom_format.csv', b'user_id,event,time\nu1,signup,01.03.2024 10:00\nu2,signup,31.12.2024 23:59\n')
write('events_no_header.csv', b'u1,signup,2024-03-01T10:00:00Z\nu2,login,2024-03-01T11:00:00Z\n')
write('events_thousands.csv', ('user_id,event,time,revenue,zip\n'
                               'u1,purchase,2024-03-01T10:00:00Z,"1,234.50",00501\n'
                               'u2,purchase,2024-03-01T11:00:00Z,"12,345,678",10001\n'
                               'u3,purchase,2024-03-01T12:00:00Z,99,02134\n').encode())
write('events_synonyms.csv', b'Distinct ID,Event Name,Timestamp,Platform\nu1,signup,2024-03-01T10:00:00Z,ios\n')
write('events_missing_column.csv', b'user_id,time\nu1,2024-03-01T10:00:00Z\n')
write('events_duplicate_header.csv', b'user_id,event,time,x,x\nu1,signup,2024-03-01T10:00:00Z,1,2\n')
write('events_invalid_utf8.csv', b'user_id,event,time,note\nu1,signup,2024-03-01T10:00:00Z,fine\nu2,signup,2024-03-01T11:00:00Z,caf\xc3\n')

mixpanel = [
    {"event": "Signed Up", "properties": {"distinct_id": "m1", "time": 1709287200, "$os": "Mac OS X", "plan": "free"}},
    {"event": "Viewed Page", "properties": {"distinct_id": "m1", "time": 1709287260, "page": {"path": "/pricing", "title": "Pricing"}}},
    {"event": "Purchased", "properties": {"distinct_id": "m2", "time": 1709290800, "amount": 49.5, "items": ["a", "b"]}},
]
write('events_mixpanel.jsonl', ''.join(json.dumps(o) + '\n' for o in mixpanel).encode())
posthog = [
    {"event": "$pageview", "distinct_id": "p1", "timestamp": "2024-03-01T10:00:00.000Z", "properties": {"$current_url": "https://x.io/", "$browser": "Firefox"}},
    {"event": "signed_up", "distinct_id": "p1", "timestamp": "2024-03-01T10:02:00.000Z", "properties": {"plan": "pro", "nested": {"deep": {"value": 3}}}},
]
write('events_posthog.jsonl', ''.join(json.dumps(o) + '\n' for o in posthog).encode())
sensors = [
    {"distinct_id": "s1", "time": 1709287200000, "event": "AppStart", "properties": {"$lib": "Android", "城市": "北京"}},
    {"distinct_id": "s2", "time": 1709287300000, "event": "AppEnd", "properties": {"$lib": "iOS", "duration": 12.5}},
]
write('events_sensors.jsonl', ''.join(json.dumps(o, ensure_ascii=False) + '\n' for o in sensors).encode())
write('events_bad_json.jsonl', (json.dumps(mixpanel[0]) + '\n' + '{"event": "broken", "properties": {\n' + '[1, 2]\n' + json.dumps(mixpanel[2]) + '\n').encode())

write('persons.csv', b'user_id,account_id,role,channel,signup_ts\nu1,acc-1,admin,organic,2024-02-01\nu2,acc-1,analyst,paid_search,2024-02-03\nu3,,viewer,social,2024-02-05\n')
write('accounts.csv', b'account_id,name,industry,plan,arr,renewal_date,owner,seats\nacc-1,Northwind,Retail,pro,"24,000",2024-09-30,Ana,25\nacc-2,Blue Labs,Finance,enterprise,120000,2025-01-15,Ben,80\nacc-3,Bad Arr,Media,starter,lots,2024-10-01,Ana,5\n')
write('aliases.csv', b'anonymous_id,user_id\nanon-1,u1\nanon-2,u1\nanon-3,u2\n')
write('events_anonymous.csv', b'user_id,event,time\nanon-1,page_view,2024-02-28T10:00:00Z\nanon-2,page_view,2024-02-29T10:00:00Z\nu1,signup,2024-03-01T10:00:00Z\nanon-3,page_view,2024-03-01T11:00:00Z\n')
write('events_missing_values.csv', b'user_id,event,time\nu1,signup,2024-03-01T10:00:00Z\n,signup,2024-03-01T10:01:00Z\nu2,,2024-03-01T10:02:00Z\n,login,2024-03-01T10:03:00Z\nu3,,2024-03-01T10:04:00Z\n,login\nu4,login,2024-03-01T10:06:00Z\n')
write('deals.csv', b'deal_id,account_id,stage,amount,created_at,closed_at,channel\nd1,acc-1,closed_won,12000,2024-03-01,2024-03-20,paid_search\nd2,acc-2,proposal,50000,2024-03-05,,partner\n')
write('spend.csv', b'date,channel,campaign,amount\n2024-03-01,paid_search,brand,120.50\n2024-03-01,social,,80\n2024-03-02,paid_search,brand,"1,100.00"\n')
write('nps.csv', b'user_id,account_id,score,time,comment\nu1,acc-1,9,2024-03-10T10:00:00Z,Great\nu2,acc-1,11,2024-03-11T10:00:00Z,Out of range\n,,7,2024-03-12T10:00:00Z,Nobody\nu3,,4.5,2024-03-12T10:00:00Z,Half\n')
write('leads.csv', b'lead_id,user_id,channel,status,created\nl1,u1,organic,qualified,2024-02-01T09:00:00Z\nl2,u2,paid_search,new,2024-02-03T09:00:00Z\n')

try:
    import openpyxl
    from openpyxl.styles import numbers
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = 'Events'
    ws.append(['user_id', 'event', 'time', 'revenue', 'note'])
    ws.append(['x1', 'signup', datetime.datetime(2024, 3, 1, 10, 0, 0), 0, 'shared'])
    ws.append(['x2', 'signup', datetime.datetime(2024, 3, 2, 12, 30, 0), 19.99, 'shared'])
    ws.append(['x1', 'purchase', datetime.datetime(2024, 3, 3, 8, 15, 0), 49, None])
    ws.append([None, None, None, None, None])
    ws.append(['x3', 'signup', 'not a time', 1, 'bad'])
    for row in ws.iter_rows(min_row=2, min_col=3, max_col=3):
        for cell in row:
            if isinstance(cell.value, datetime.datetime):
                cell.number_format = 'yyyy-mm-dd hh:mm:ss'
    wb.save(os.path.join(HERE, 'events.xlsx'))
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(['account_id', 'name', 'renewal_date', 'arr'])
    ws.append(['acc-9', 'Excel Co', datetime.date(2024, 12, 31), 36000])
    ws['C2'].number_format = numbers.FORMAT_DATE_YYYYMMDD2
    wb.save(os.path.join(HERE, 'accounts.xlsx'))
except ImportError:
    print('python3-openpyxl missing: .xlsx fixtures not rewritten')
