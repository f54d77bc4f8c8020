"""PDF exports of incident records and situation summaries (ReportLab)."""
import logging
import os
from datetime import datetime

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table

FONT_CANDIDATES = [
    '/usr/share/fonts/truetype/noto/NotoSansDevanagari-Regular.ttf',
    '/usr/share/fonts/truetype/lohit-devanagari/Lohit-Devanagari.ttf',
    'C:/Windows/Fonts/mangal.ttf',
    os.path.join(os.path.dirname(__file__), 'fonts', 'NotoSansDevanagari-Regular.ttf'),
]

FONT_NAME = 'Helvetica'
logger = logging.getLogger(__name__)

for candidate in FONT_CANDIDATES:
    try:
        pdfmetrics.registerFont(TTFont('Nepali', candidate))
        FONT_NAME = 'Nepali'
        break
    except:
        logger.debug('font %s not usable', candidate)
if FONT_NAME == 'Helvetica':
    logger.error('No Devanagari font found; Nepali text in PDFs will not render')


def _styles():
    styles = getSampleStyleSheet()
    for style in styles.byName.values():
        style.fontName = FONT_NAME
    return styles


def build_incident_pdf(record, folder):
    os.makedirs(folder, exist_ok=True)
    path = os.path.join(folder, f'record_{record.id}.pdf')
    styles = _styles()
    story = [
        Paragraph(f'Incident #{record.id}: {record.title}', styles['Title']),
        Paragraph(f'Ward {record.ward} - {record.incident_type}', styles['Heading2']),
        Spacer(1, 12),
        Paragraph(record.description or '', styles['BodyText']),
        Spacer(1, 12),
        Table([['Casualties', record.casualties], ['Status', record.status],
               ['Reported by', record.reported_by or '-']]),
    ]
    SimpleDocTemplate(path, pagesize=A4).build(story)
    return path


def build_summary_pdf(rows, since, folder):
    os.makedirs(folder, exist_ok=True)
    path = os.path.join(folder, f'summary_{datetime.now():%Y%m%d%H%M%S}.pdf')
    styles = _styles()
    table = [['Incident type', 'Count']] + [[r[0], r[1]] for r in rows]
    story = [Paragraph(f'Situation summary since {since}', styles['Title']), Spacer(1, 12), Table(table)]
    SimpleDocTemplate(path, pagesize=A4).build(story)
    return path
