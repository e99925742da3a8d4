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
    "hip_precautions_duration": (
        "How long hip precautions last (6 weeks to 3 months by the source): Plymouth Hospitals NHS "
        "'Hip dislocation' (3 months); Lareau MD 'Posterior hip precautions'; Duke PT/OT 'Anterior hip precautions'"
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
    "gtn_plan": (
        "Nitroglycerin lingual spray and sublingual tablet prescribing information (openFDA label "
        "records): 1 dose, repeat every 5 minutes, at most 3 in 15 minutes; NICE CG126 short-acting "
        "nitrate advice (as quoted by Primary Care Notebook); CHRISTUS Health heart FAQ (call after "
        "the first dose if not better)"
    ),
    "nitrate_pde5_action": (
        "ACP Internist summary of the AHA 2012 statement (nitrate with PDE5 inhibitor: Class III, "
        "LOE B); J Paramedic Practice 2017;9(11):490-4 (no GTN after PDE5 inhibitors); ACC/AHA "
        "expert consensus, Circulation 1999;99:168-77 (non-nitrate options)"
    ),
    "riociguat": (
        "Adempas (riociguat) prescribing information, adempashcp.com: contraindicated with nitrates "
        "and PDE5 inhibitors; package-insert table in PMC9161433 (vericiguat)"
    ),
    "shared_tablets": (
        "Katz A. Some things should not be shared. ASCO Connection 2016; AUA policy brief on FDA "
        "supplement recalls (undeclared sildenafil), 2018; avanafil precautions (poppers count as "
        "nitrates)"
    ),
    "stroke_pde5_label": (
        "STENDRA (avanafil) HCP safety summary: not recommended within 6 months of stroke; ISSM "
        "'Who shouldn't take ED drugs?'"
    ),
    "heart_failure_signs": (
        "ESC Heart Failure Association, heartfailurematters.org 'Weight gain'; HealthLinkBC 'Heart "
        "Failure Daily Action Plan'; CommonSpirit 'Heart failure zones'"
    ),
    "icd_shock_plan": (
        "Liverpool Heart and Chest Hospital NHS 'ICD shock plan'; Cardiomyopathy UK 'ICD shocks'; "
        "ISSM 'How might an ICD affect sex?'"
    ),
    "hot_bath_heart": (
        "BHF advice as summarised by hellsgeriatrics 'Sex and heart disease'; Cleveland Clinic "
        "'Are hot tubs safe if you have heart disease?'"
    ),
    "ms_heat": (
        "National MS Society 'Heat & temperature sensitivity'; MSAA 'Ask the expert: heat "
        "sensitivity'"
    ),
    "orthostatic": (
        "ME Association 'Orthostatic intolerance' (NICE NG206 definition); PoTS UK 'Temperature "
        "regulation'"
    ),
    "nsaid_caution": (
        "AHA Scientific Statement 'Drugs That May Cause or Exacerbate Heart Failure', Circulation "
        "2016;134; SDCEP 'Bleeding tendencies' (NSAIDs with anticoagulants); CRUK 'Symptoms of "
        "infection' (check your temperature before paracetamol on chemotherapy)"
    ),
    "head_injury_anticoagulant": (
        "NHS 'Head injury and concussion' (blood thinners: go to A&E); NICE CG176 (CT within 8 "
        "hours on any anticoagulant); Northern Care Alliance NHS head-injury leaflet"
    ),
    "chemo_barrier": (
        "CRUK 'Pregnancy, contraception and chemotherapy' (reviewed May 2024): a condom or dental dam, "
        "for oral sex too, for about a week after each dose"
    ),
    "neutropenic_sepsis": (
        "Macmillan 'Sepsis and cancer'; CRUK 'Sepsis, infection and cancer'; East and North "
        "Hertfordshire NHS acute oncology alert card (treatment in the last 6 weeks)"
    ),
    "cancer_activity": (
        "American Academy of Nursing, Choosing Wisely (2015): advise physical activity during and "
        "after cancer treatment; NCCN survivorship guidance (Medscape summary)"
    ),
    "pelvic_radiotherapy": (
        "CRUK 'Pelvic radiotherapy for women' and 'Radiotherapy to the pelvis for men'; Macmillan "
        "'Sex life during pelvic radiotherapy'; Ralph S, UK guidance on receptive anal sex after "
        "prostate cancer treatment, Clin Oncol 2021"
    ),
    "dilator_evidence": (
        "Miles T, Johnson N. Vaginal dilator therapy for women receiving pelvic radiotherapy. "
        "Cochrane CD007291 (2010, 2014); International guidelines on vaginal dilation after pelvic "
        "radiotherapy (2012)"
    ),
    "hysterectomy_check": (
        "Macmillan 'Recovering after a hysterectomy'; HysterSisters 'Intimacy after hysterectomy: "
        "the wait' (2019)"
    ),
    "prostatectomy_return": (
        "Six Parts Water 'Getting back to normal' (prostate cancer); Ralph S, Clin Oncol 2021 "
        "(receptive anal sex 6 weeks after prostatectomy)"
    ),
    "stoma_care": (
        "Dansac 'Your stoma and your sexual orientation'; A Bigger Life 'Intimacy for gay men "
        "with an ostomy' (both manufacturer-run); Cambridge University Hospitals 'Managing your "
        "stoma prolapse'; CliniMed 'Prolapsed stoma'"
    ),
    "blood_clots": (
        "Buckinghamshire Healthcare NHS 'Advice following venous thromboembolism'; Royal National "
        "Orthopaedic Hospital NHS 'Preventing DVT and PE'; Stop the Clot (risk for about 3 months "
        "after joint replacement)"
    ),
    "cauda_equina": (
        "Torbay and South Devon NHS FT 'Cauda Equina Syndrome'; Nuffield Health 'Cauda Equina "
        "Syndrome patient information'; Greenhalgh et al. Prim Health Care Res Dev 2016 (warning "
        "card)"
    ),
    "mental_health_crisis": (
        "Mental Health Foundation 'Suicidal thoughts' (999, Samaritans 116 123); 988 Suicide & "
        "Crisis Lifeline (US, since July 2022); nidirect 'Mental health emergency'"
    ),
    "hip_dislocation": (
        "Healthwords (UK pharmacy content, reviewed 2024) 'Hip dislocation'; Plymouth Hospitals "
        "NHS 'Hip dislocations' (2025)"
    ),
    "copd_action": (
        "My Lungs My Life (NHS Lothian/CHSS) red zone; National Jewish Health COPD action plan; "
        "British Lung Foundation 'Sex and breathlessness'"
    ),
    "stroke_positioning": (
        "Chest Heart & Stroke Scotland STARs 'Positioning for people affected by stroke'; Canadian "
        "Stroke Best Practice 5.3 (never pull on the affected arm); American Stroke Association 'Sex "
        "after stroke' (non-verbal signals)"
    ),
    "device_arm": (
        "Rotherham NHS FT 'Pacemakers'; Nottingham University Hospitals pacemaker leaflet; Boston "
        "Scientific 'After your pacemaker procedure' (no weight on the arms while the wound heals)"
    ),
    "article": (
        "Editorial article on rebuilding sexual intimacy after illness by pacing and honouring limits "
        "(26 July 2025): non-sexual closeness first, consent as an ongoing conversation, rituals, one "
        "modest weekly goal, taking turns (expert opinion, not a clinical study)"
    ),
    "ssri_sexual": (
        "MHRA CPD module 'SSRIs 4.4 Sexual dysfunction'; ISSM 'What can I do about antidepressant-associated "
        "sexual dysfunction?'; NHS 'How should antidepressants be discontinued?' (withdrawal if stopped suddenly)"
    ),
    "depression_desire": (
        "Phillips RL, Slaughter JR. Depression and sexual desire. Am Fam Physician 2000;62(4):782-6"
    ),
    "beta_blocker": (
        "Ko DT et al. Beta-blocker therapy and symptoms of depression, fatigue and sexual dysfunction. JAMA "
        "2002;288(3):351-7; atenolol expectation study (PubMed 14585251); Healthify NZ 'Beta-blockers' (do not "
        "stop suddenly)"
    ),
    "adt": (
        "Prostate Cancer UK 'How hormone therapy affects you'; ACS 'Hormone treatment and sex'; Macmillan "
        "'Managing hormonal symptoms'; Elliott S et al. J Sex Med 2010 (ADT and partner quality of life)"
    ),
    "endocrine_breast": (
        "Baumgart J et al. Menopause 2013;20(2):162-8 (aromatase inhibitors and tamoxifen); Breast Cancer Now "
        "'Vaginal dryness'; Cancer Australia 'Vaginal dryness'; ASCO guideline adaptation, Carter J et al., "
        "J Clin Oncol 2018"
    ),
    "pelvic_physio": (
        "ASCO guideline adaptation on sexual problems in people with cancer (Carter J et al., J Clin Oncol "
        "2018); Cyr M-P et al. PLOS One 2022 (pelvic-floor physiotherapy for painful sex)"
    ),
    "impulse_control": (
        "NICE QS164 statement 2 (impulse control disorders on dopaminergic treatment); Koschel J et al. J "
        "Neural Transm 2021 (dopamine agonist withdrawal); Pondal M et al. JNNP 2013;84(2):130-5"
    ),
    "alpha_blocker": (
        "Alpha-blockers with PDE5 inhibitors: drug-interaction handbook (Stockley type) and PDE5 labels "
        "(postural low blood pressure; stable on the alpha-blocker first, lowest starting dose); Hospital "
        "Physician 2008 (tamsulosin and ejaculation)"
    ),
    "pci": (
        "SCAI SecondsCount 'Sexual Activity After a Heart Event or Procedure' (at least 5 days after a stent) "
        "and 'Angioplasty & stents: outlook' (puncture-site warning signs); rx.health access-site care page "
        "(groin 2 weeks, wrist 48 hours; partly confirmed)"
    ),
    "angina_plan": (
        "Cardiac rehabilitation angina action plan (cardiacrehab.50webs.com); Tameside NHS angina advice; "
        "nitroglycerin labels (openFDA): a dose 5 to 10 minutes before activity known to bring on angina"
    ),
    "stroke_bleed": (
        "Gloucestershire Hospitals NHS 'Sex after a stroke' (untreated aneurysm; a bleed with high blood "
        "pressure: doctor's advice first); American Stroke Association 'Intimacy after stroke'; Stroke "
        "Association factsheet 'Sex after stroke' (2015)"
    ),
    "chemo_sex": (
        "Macmillan 'Understanding chemotherapy' (sex is usually fine; cancer is not passed on); CCLG 'Common "
        "questions about cancer and sex'; Macmillan and St Jude on low counts (no penetration, solo sex too)"
    ),
    "krames_joint": (
        "Krames 'Sex after joint replacement: positions for hip and knee' (sheet 40019, as used by "
        "Fairview Health and Mount Nittany Health 2021): knee level with or below the hip, not across "
        "the midline, pillows, the same care getting out of a position as into it"
    ),
    "medscape_hip": (
        "Medscape 2015 'Sex after hip surgery: advice that patients may not receive' (positions best "
        "avoided by the woman with a new hip, after Charbonnier 2014); Dahm DL et al., Clin Orthop "
        "Relat Res 2004;428:237-40 (surgeons' accepted positions)"
    ),
    "spine_sparing": (
        "Sidorkewicz N, interview on spine-sparing movement during sex, MedicalResearch.com 2014 "
        "(move from the hips and knees; the partner lying still supports the low back's curve); "
        "McGill 'hip hinge'"
    ),
    "spine_surgery_sex": (
        "Spine-health 'Spinal fusion surgery recovery: first few days'; LA Spine 'Sex after spinal "
        "fusion'; Carolina Orthopaedic 'Intimacy after microdiscectomy' (the partner takes the active "
        "role at first)"
    ),
    "tkr_kneeling": (
        "Wylde V et al. Kneeling ability after total knee replacement. EFORT Open Rev "
        "2019;4(7):460-7 (no clinical reason not to kneel on a healed replaced knee)"
    ),
    "apr": (
        "CRUK 'After anal cancer surgery'; ACS 'Abdominoperineal resection'; UOAA 'Intimacy after ostomy "
        "surgery' guide; Ostomy Canada 2012"
    ),
    "breast_surgery": (
        "CRUK 'Sexuality and breast surgery'; LBBC 'Body image & sexuality'; Breast Cancer Now survey of "
        "confidence after breast surgery"
    ),
    "solo_touch": (
        "CCLG 'Common questions about cancer and sex'; Breast Cancer Now (masturbation aids blood flow); "
        "Meissner VH et al. Transl Androl Urol (masturbation after nerve-sparing prostatectomy, observational)"
    ),
    "question_lists": (
        "SMSNA 'Cancer and sexuality: questions for your provider'; Macmillan 'Sexuality and cancer' booklet "
        "(questions for your doctor or nurse); UC Davis 'Oncofertility'; Cancer, Fertility and Me 'Questions "
        "to ask'"
    ),
    "anticoagulant_bleeding": (
        "NHS 'Side effects of warfarin'; HealthyWA 'Warfarin and risk of bleeding'; HealthLinkBC 'Blood "
        "thinners: signs of abnormal bleeding' (nothing official on sex itself: be gentle rests on inference)"
    ),
    "gap": (
        "No confirmed source in the project's research file yet: a conservative default. "
        "Check against local guidance."
    ),
}
