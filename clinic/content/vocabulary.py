"""Labels for every enumerated value of the contract, for forms, plans and the API."""

from flask_babel import lazy_gettext as _l

PAPER_LABELS = {
    "auto": _l("Automatic (by language)"),
    "a4": _l("A4"),
    "letter": _l("US Letter"),
}

PAIN_SITE_LABELS = {
    "lower_back": _l("Lower back"),
    "neck": _l("Neck"),
    "shoulder": _l("Shoulder"),
    "hands_wrists": _l("Hands or wrists"),
    "hip": _l("Hip"),
    "knee": _l("Knee"),
    "chest": _l("Chest"),
    "abdomen": _l("Belly (abdomen)"),
    "pelvis_genital": _l("Pelvis or genitals"),
    "feet_neuropathy": _l("Feet (numbness or nerve pain)"),
    "widespread": _l("Pain in many places"),
}

BACK_PAIN_PATTERN_LABELS = {
    "worse_bending_forward": _l("Worse bending forward or sitting"),
    "worse_arching_back": _l("Worse arching back or standing"),
    "unsure": _l("Not sure"),
}

MEDICATION_EFFECT_LABELS = {
    "low_desire": _l("Low desire"),
    "erection_difficulty": _l("Erection difficulty"),
    "vaginal_dryness": _l("Vaginal dryness"),
    "orgasm_difficulty": _l("Difficulty reaching orgasm"),
    "drowsiness": _l("Drowsiness"),
    "dizziness": _l("Dizziness"),
    "nausea": _l("Nausea"),
    "added_fatigue": _l("Added tiredness"),
}

MEDICATION_LABELS = {
    "nitrates": _l("Nitrates (GTN spray or tablets, isosorbide, patches)"),
    "pde5_inhibitor": _l("Erection tablets (sildenafil, tadalafil, vardenafil, avanafil)"),
    "anticoagulant": _l("Blood thinners (anticoagulants)"),
    "opioid": _l("Opioid pain medicines"),
    "sedative": _l("Sedatives or sleeping tablets"),
    "riociguat": _l("Riociguat (for high blood pressure in the lungs)"),
    "vericiguat": _l("Vericiguat (for heart failure)"),
    "ssri_snri": _l("SSRI or SNRI antidepressants (e.g. sertraline, citalopram, venlafaxine)"),
    "beta_blocker": _l("Beta-blockers (e.g. bisoprolol, metoprolol, atenolol)"),
    "androgen_deprivation": _l("Hormone therapy for prostate cancer (ADT, e.g. goserelin, bicalutamide)"),
    "tamoxifen": _l("Tamoxifen"),
    "aromatase_inhibitor": _l("Aromatase inhibitors (anastrozole, letrozole, exemestane)"),
    "dopamine_agonist": _l("Dopamine agonists (e.g. ropinirole, pramipexole, rotigotine)"),
    "alpha_blocker": _l("Alpha-blockers (e.g. tamsulosin, doxazosin)"),
}

CONDITION_LABELS = {
    "heart_attack": _l("Heart attack"),
    "heart_failure": _l("Heart failure"),
    "sternotomy": _l("Open-chest surgery (sternotomy, e.g. bypass or valve)"),
    "pacemaker_icd": _l("Pacemaker or ICD"),
    "hip_replacement_posterior": _l("Hip replacement, posterior approach"),
    "hip_replacement_anterior": _l("Hip replacement, anterior approach"),
    "knee_replacement": _l("Knee replacement"),
    "spinal_surgery": _l("Spinal surgery"),
    "copd_breathlessness": _l("COPD or breathlessness"),
    "cancer_treatment": _l("Cancer treatment"),
    "pelvic_radiotherapy": _l("Pelvic radiotherapy"),
    "prostatectomy": _l("Prostate removal (prostatectomy)"),
    "hysterectomy": _l("Hysterectomy"),
    "abdominal_surgery": _l("Abdominal surgery"),
    "ostomy": _l("Stoma (ostomy)"),
    "stroke_one_side_weak": _l("Stroke with one side weaker"),
    "multiple_sclerosis": _l("Multiple sclerosis"),
    "parkinsons": _l("Parkinson's disease"),
    "arthritis": _l("Arthritis"),
    "chronic_pain": _l("Chronic pain"),
    "long_covid_mecfs": _l("Long COVID or ME/CFS"),
    "depression_anxiety": _l("Depression or anxiety"),
    "lymphoedema": _l("Lymphoedema"),
    "pci_stent": _l("Stent or angioplasty (PCI)"),
    "angina": _l("Angina"),
    "stroke_bleed": _l("Stroke caused by bleeding (haemorrhagic)"),
    "chemotherapy": _l("Chemotherapy"),
    "rectum_removed": _l("Rectum and anus removed (abdominoperineal resection)"),
    "breast_cancer": _l("Breast cancer (surgery or treatment)"),
}

PENETRATION_ROLE_LABELS = {
    "not_asked": _l("Not asked"),
    "enters": _l("Enters their partner"),
    "is_entered": _l("Is entered"),
    "either": _l("Either, or they take turns"),
}

BEST_TIME_LABELS = {
    "morning": _l("Morning"),
    "afternoon": _l("Afternoon"),
    "evening": _l("Evening"),
    "varies": _l("It varies"),
}

DAY_KIND_LABELS = {
    "session": _l("Session"),
    "rest": _l("Rest day"),
    "check_in": _l("Check-in"),
    "ritual": _l("Ritual"),
    "appointment": _l("Follow-up visit"),
}

LOAD_LABELS = {
    "arm_weight_bearing": _l("Weight on the arms or hands"),
    "chest_pressure": _l("Pressure on the chest"),
    "abdominal_pressure": _l("Pressure on the belly"),
    "hip_flexion_over_90": _l("Hips bent past a right angle"),
    "hip_adduction_rotation": _l("Knees crossing or turning in"),
    "kneeling": _l("Kneeling"),
    "spine_flexion": _l("Bending the back forward"),
    "spine_extension": _l("Arching the back"),
    "lying_flat": _l("Lying flat"),
    "neck_flexion": _l("Bending the neck forward"),
    "one_side_strength": _l("Strength on both sides of the body"),
    "high_exertion": _l("Hard effort"),
    "hip_extension_rotation": _l("Leg stretched back and turned out"),
    "standing": _l("Standing or balancing"),
    "pelvic_movement": _l("You move your hips to do the moving"),
    "being_entered": _l("Being the one who is entered"),
    "partner_moves": _l("Your partner does all the moving"),
}

EFFORT_LABELS = {"low": _l("Low effort"), "moderate": _l("Moderate effort")}

SEVERITY_LABELS = {"danger": _l("Danger"), "caution": _l("Take care")}

ALERT_SEVERITY_LABELS = {"stop": _l("Stop before printing"), "check": _l("Check")}

RED_FLAG_TIER_LABELS = {
    "emergency": _l("Call emergency services now"),
    "urgent": _l("Get medical help quickly"),
}

# Red flags whose action is another number than the emergency services get a heading of their own.
RED_FLAG_HEADINGS = {"cancer_line": _l("Call your 24-hour cancer line now")}

# The form groups the long lists by body system, the common values first in each group.
# Every value is in exactly one group (tests/test_views.py checks).
MEDICATION_GROUPS = (
    ("heart_blood", _l("Heart and blood"), ("nitrates", "beta_blocker", "anticoagulant", "vericiguat", "riociguat")),
    ("erection_prostate", _l("Erection and prostate"), ("pde5_inhibitor", "alpha_blocker")),
    ("cancer_hormones", _l("Hormone treatment for cancer"), ("androgen_deprivation", "tamoxifen", "aromatase_inhibitor")),
    ("mood_pain_nerves", _l("Mood, sleep, pain and nerves"), ("ssri_snri", "opioid", "sedative", "dopamine_agonist")),
)

CONDITION_GROUPS = (
    ("heart", _l("Heart"), ("heart_attack", "sternotomy", "pci_stent", "heart_failure", "angina", "pacemaker_icd")),
    ("cancer", _l("Cancer and its treatment"), (
        "chemotherapy", "pelvic_radiotherapy", "breast_cancer", "prostatectomy", "cancer_treatment", "lymphoedema")),
    ("pelvis_bowel", _l("Pelvis, bowel and belly"), ("hysterectomy", "abdominal_surgery", "ostomy", "rectum_removed")),
    ("joints_back", _l("Joints, back and pain"), (
        "hip_replacement_posterior", "hip_replacement_anterior", "knee_replacement", "spinal_surgery", "arthritis",
        "chronic_pain")),
    ("brain_nerves", _l("Brain and nerves"), ("stroke_one_side_weak", "stroke_bleed", "multiple_sclerosis", "parkinsons")),
    ("lungs_energy_mood", _l("Lungs, energy and mood"), ("copd_breathlessness", "long_covid_mecfs", "depression_anxiety")),
)
