"""The sources behind the plan's choices, as listed in shared/clinical-facts.md.

Citations stay in their original language (they are references for the
clinician, printed in the appendix). ``gap`` marks a conservative default
where the research file has no confirmed source yet.
"""

SOURCES: dict[str, str] = {
    "aha2012": (
        "Levine GN, Steinke EE, Bakaeen FG, et al. Sexual Activity and Cardiovascular "
        "Disease: A Scientific Statement From the American Heart Association. "
        "Circulation 2012;125(8). doi:10.1161/CIR.0b013e3182447787"
    ),
    "steinke2013": (
        "Steinke EE, Jaarsma T, et al. Sexual counselling for individuals with cardiovascular "
        "disease and their partners (AHA/ESC CCNAP consensus). Eur Heart J 2013;34:3217-35"
    ),
    "scai": "SCAI SecondsCount. Sexual Activity After a Heart Event or Procedure",
    "mayo_news": "Mayo Clinic News Network. Sex generally safe after heart attacks",
    "kitomi": "Sexual Activity and Heart Patients: A Contemporary Perspective. Can J Cardiol 2015",
    "sternal": (
        "Sternal precautions after open-heart surgery: Cleveland Clinic via Healthline; "
        "Verywell Health; Pulse Cardiac Health"
    ),
    "hf2007": "Sexual activity and chronic heart failure. Mayo Clin Proc 2007;82(10):1203-10",
    "cardiac_symptoms": (
        "Heart-failure patient education 'Pay Attention to How You Feel' (Talk About HF); "
        "HeartStrong cardiac rehabilitation 'Symptoms to look out for'; Carondelet "
        "'Warning signs of a heart attack'"
    ),
    "pde5_nitrate": (
        "ACC/AHA expert consensus on PDE5 inhibitors and nitrates (separation intervals as "
        "summarised by SanoMed Pharmacy, 2020); AHA 2012 statement"
    ),
    "mcgill_male": (
        "Sidorkewicz N, McGill SM. Male spine motion during coitus: implications for the "
        "low back pain patient. Spine 2014;39(20):1633-9. doi:10.1097/BRS.0000000000000518"
    ),
    "mcgill_female": (
        "Sidorkewicz N, McGill SM. Documenting female spine motion during coitus with a "
        "commentary on the implications for the low back pain patient. Eur Spine J "
        "2015;24(3):513-20. doi:10.1007/s00586-014-3626-y"
    ),
    "hip_precautions": (
        "London Health Sciences Centre 'Hip Precautions'; Kaiser Permanente 'Hip Replacement "
        "(Posterior) Precautions'; Hendersonville Orthopedics FAQ"
    ),
    "charbonnier2014": (
        "Charbonnier C, et al. Sexual activity after total hip arthroplasty: a motion capture "
        "study. J Arthroplasty 2014;29(3):640-7; and the CT-based simulation in J Arthroplasty "
        "2024;39(2):433-440 (lower-risk suggestions, not guarantees)"
    ),
    "joint_return": (
        "AAHKS hipkneeinfo.org 'Returning to Sexual Activity Following Knee Replacement'; "
        "Northern Arizona Healthcare 'Sex after knee/hip replacement surgery'"
    ),
    "alberta_tka": (
        "MyHealth Alberta 'When You're Having a Knee Replacement: Activity Guidelines'"
    ),
    "four_ps": (
        "Versus Arthritis 'The 4 Ps'; Active+ NZ 'How Occupational Therapy Aids in Energy "
        "Conservation'; Colorado in Motion 'Feeling Fatigued?'"
    ),
    "nice_ng206": "NICE NG206 (2021). Myalgic encephalomyelitis / chronic fatigue syndrome",
    "pacing_long_covid": (
        "World Physiotherapy Long COVID briefing as adapted by Fenwick Physiotherapy; Ghali "
        "et al. J Transl Med 2023 (pacing in post-COVID-19 syndrome); Long COVID Families"
    ),
    "nccn_fatigue": "NCCN Clinical Practice Guidelines: Cancer-Related Fatigue (ONS summary)",
    "sensate_focus": (
        "Masters & Johnson, Human Sexual Inadequacy (1970); Weiner L, Avery-Clark C. Sensate "
        "Focus: clarifying the Masters and Johnson's model. Sex Relatsh Ther 2014"
    ),
    "plissit": (
        "Annon J (1976) PLISSIT; Taylor B, Davis S. Extended PLISSIT. Nurs Stand "
        "2006;21(11):35-41"
    ),
    "drug_sexual_effects": (
        "Conaglen HM, Conaglen JV. Drug-induced sexual dysfunction in men and women. "
        "Aust Prescr 2013;36:42-5"
    ),
    "aromatase": (
        "ISSM 'What are aromatase inhibitors? Do they cause sexual problems for women?'; "
        "Baumgart et al. Menopause 2013; PMC2140180"
    ),
    "lubricant_latex": (
        "CDC-cited condom and lubricant guidance (IRICE condom FAQ): oil-based products "
        "weaken latex"
    ),
    "vaginal_care": (
        "UHN Princess Margaret 'Vaginal stenosis'; eviQ 'Vaginal stenosis'; Leeds Teaching "
        "Hospitals NHS 'Vaginal care after pelvic radiotherapy'"
    ),
    "analgesic_timing": (
        "Onset of oral paracetamol and ibuprofen (secondary summaries, see clinical-facts "
        "section 7); Northern Arizona Healthcare joint-replacement advice"
    ),
    "pain_support": (
        "Pillows and non-weight-bearing positions for painful or weak parts: Northern Arizona "
        "Healthcare joint-replacement advice; American Stroke Association; Sidorkewicz & McGill "
        "(role of the partner)"
    ),
    "copd": (
        "Asthma + Lung UK 'Positions for obstructive lung conditions'; Pulmonary Paper "
        "'Sex and COPD' (2016); Canadian Lung Association tips"
    ),
    "stroke_uk2023": (
        "National Clinical Guideline for Stroke for the UK and Ireland (2023), as summarised "
        "by Greater Manchester Neuro ISDN"
    ),
    "asa_stroke": "American Stroke Association 'Intimacy After Stroke'",
    "ostomy": (
        "Ostomy New Zealand 'Intimacy'; Portuguese Association of Stomatherapy Nurses"
    ),
    "prostatectomy": (
        "Penile rehabilitation after radical prostatectomy: reviews PMC4708129, PMC5304365; "
        "DeFade et al. Rev Urol 2011"
    ),
    "hysterectomy": (
        "ACOG patient advice as quoted by Fleur Women's Health; hysterectomy.org (2019)"
    ),
    "priapism": (
        "AUA priapism guidance (Dr Ira Sharlip, NBC News); Roman support article on priapism"
    ),
    "pde5_vision": "BMJ Best Practice-type complications page: sudden vision loss and PDE5 inhibitors",
    "health_literacy": (
        "NIH and AAFP readability advice (grade 6, never above 8); PEMAT (AHRQ 2013)"
    ),
    "gap": (
        "No confirmed source in the project's research file yet: a conservative default. "
        "Check against local guidance."
    ),
}
