-- Review of issue 10: the central server holds no synced text longer than a desk can store. A desk's column of at most n
-- characters counts UTF-16 units (H2, Java strings); PostgreSQL's varchar(n) counts code points, so a character outside
-- the Basic Multilingual Plane is one here and two on a desk. Each synced text column a desk bounds gets a check that
-- counts as the desk does (cd_fits), so a longer value pushed by a hostile site login is refused by the server (SQLSTATE
-- 23514) instead of being kept and then listed as a conflict at every other desk. NOT VALID: rows stored before this
-- migration are not checked (a server that took such a row still upgrades; desks list that row as they did), every
-- insert and update from now on is. CentralColumnBoundsTest compares these bounds with the desks' columns.
CREATE FUNCTION cd_fits(v text, n integer) RETURNS boolean
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
$$
    SELECT v IS NULL OR pg_catalog.char_length(v) * 2 <= n
        OR pg_catalog.char_length(v)
           + pg_catalog.char_length(pg_catalog.regexp_replace(v, '[^\U00010000-\U0010FFFF]', '', 'g')) <= n
$$;
ALTER TABLE app_user ADD CONSTRAINT app_user_display_name_fits CHECK (cd_fits(display_name, 200)) NOT VALID;
ALTER TABLE app_user ADD CONSTRAINT app_user_password_hash_fits CHECK (cd_fits(password_hash, 200)) NOT VALID;
ALTER TABLE app_user ADD CONSTRAINT app_user_role_fits CHECK (cd_fits(role, 20)) NOT VALID;
ALTER TABLE app_user ADD CONSTRAINT app_user_signature_fits CHECK (cd_fits(signature, 200)) NOT VALID;
ALTER TABLE app_user ADD CONSTRAINT app_user_site_fits CHECK (cd_fits(site, 4)) NOT VALID;
ALTER TABLE app_user ADD CONSTRAINT app_user_username_fits CHECK (cd_fits(username, 32)) NOT VALID;
ALTER TABLE app_user ADD CONSTRAINT app_user_version_fits CHECK (cd_fits(version, 40)) NOT VALID;
ALTER TABLE audit_event ADD CONSTRAINT audit_event_action_fits CHECK (cd_fits(action, 40)) NOT VALID;
ALTER TABLE audit_event ADD CONSTRAINT audit_event_detail_fits CHECK (cd_fits(detail, 4000)) NOT VALID;
ALTER TABLE audit_event ADD CONSTRAINT audit_event_entity_id_fits CHECK (cd_fits(entity_id, 100)) NOT VALID;
ALTER TABLE audit_event ADD CONSTRAINT audit_event_entity_type_fits CHECK (cd_fits(entity_type, 40)) NOT VALID;
ALTER TABLE audit_event ADD CONSTRAINT audit_event_hash_fits CHECK (cd_fits(hash, 64)) NOT VALID;
ALTER TABLE audit_event ADD CONSTRAINT audit_event_previous_hash_fits CHECK (cd_fits(previous_hash, 64)) NOT VALID;
ALTER TABLE audit_event ADD CONSTRAINT audit_event_row_digest_fits CHECK (cd_fits(row_digest, 8000)) NOT VALID;
ALTER TABLE audit_event ADD CONSTRAINT audit_event_signature_fits CHECK (cd_fits(signature, 200)) NOT VALID;
ALTER TABLE audit_event ADD CONSTRAINT audit_event_site_fits CHECK (cd_fits(site, 4)) NOT VALID;
ALTER TABLE audit_event ADD CONSTRAINT audit_event_username_fits CHECK (cd_fits(username, 64)) NOT VALID;
ALTER TABLE audit_event ADD CONSTRAINT audit_event_version_fits CHECK (cd_fits(version, 40)) NOT VALID;
ALTER TABLE clinic_setting ADD CONSTRAINT clinic_setting_setting_name_fits CHECK (cd_fits(setting_name, 60)) NOT VALID;
ALTER TABLE clinic_setting ADD CONSTRAINT clinic_setting_site_fits CHECK (cd_fits(site, 4)) NOT VALID;
ALTER TABLE clinic_setting ADD CONSTRAINT clinic_setting_version_fits CHECK (cd_fits(version, 40)) NOT VALID;
ALTER TABLE clinical_flag ADD CONSTRAINT clinical_flag_changed_by_fits CHECK (cd_fits(changed_by, 64)) NOT VALID;
ALTER TABLE clinical_flag ADD CONSTRAINT clinical_flag_explanation_fits CHECK (cd_fits(explanation, 4000)) NOT VALID;
ALTER TABLE clinical_flag ADD CONSTRAINT clinical_flag_explanation_words_fits CHECK (cd_fits(explanation_words, 4000)) NOT VALID;
ALTER TABLE clinical_flag ADD CONSTRAINT clinical_flag_flag_key_fits CHECK (cd_fits(flag_key, 1000)) NOT VALID;
ALTER TABLE clinical_flag ADD CONSTRAINT clinical_flag_kind_fits CHECK (cd_fits(kind, 32)) NOT VALID;
ALTER TABLE clinical_flag ADD CONSTRAINT clinical_flag_knowledge_version_fits CHECK (cd_fits(knowledge_version, 64)) NOT VALID;
ALTER TABLE clinical_flag ADD CONSTRAINT clinical_flag_reason_fits CHECK (cd_fits(reason, 500)) NOT VALID;
ALTER TABLE clinical_flag ADD CONSTRAINT clinical_flag_severity_fits CHECK (cd_fits(severity, 16)) NOT VALID;
ALTER TABLE clinical_flag ADD CONSTRAINT clinical_flag_site_fits CHECK (cd_fits(site, 8)) NOT VALID;
ALTER TABLE clinical_flag ADD CONSTRAINT clinical_flag_state_fits CHECK (cd_fits(state, 16)) NOT VALID;
ALTER TABLE clinical_flag ADD CONSTRAINT clinical_flag_version_fits CHECK (cd_fits(version, 64)) NOT VALID;
ALTER TABLE document ADD CONSTRAINT document_added_by_fits CHECK (cd_fits(added_by, 64)) NOT VALID;
ALTER TABLE document ADD CONSTRAINT document_file_name_fits CHECK (cd_fits(file_name, 255)) NOT VALID;
ALTER TABLE document ADD CONSTRAINT document_media_type_fits CHECK (cd_fits(media_type, 32)) NOT VALID;
ALTER TABLE document ADD CONSTRAINT document_ocr_status_fits CHECK (cd_fits(ocr_status, 16)) NOT VALID;
ALTER TABLE document ADD CONSTRAINT document_site_fits CHECK (cd_fits(site, 8)) NOT VALID;
ALTER TABLE document ADD CONSTRAINT document_version_fits CHECK (cd_fits(version, 64)) NOT VALID;
ALTER TABLE document_page ADD CONSTRAINT document_page_site_fits CHECK (cd_fits(site, 8)) NOT VALID;
ALTER TABLE document_page ADD CONSTRAINT document_page_version_fits CHECK (cd_fits(version, 64)) NOT VALID;
ALTER TABLE history_entry ADD CONSTRAINT history_entry_details_fits CHECK (cd_fits(details, 20000)) NOT VALID;
ALTER TABLE history_entry ADD CONSTRAINT history_entry_kind_fits CHECK (cd_fits(kind, 20)) NOT VALID;
ALTER TABLE history_entry ADD CONSTRAINT history_entry_recorded_by_fits CHECK (cd_fits(recorded_by, 32)) NOT VALID;
ALTER TABLE history_entry ADD CONSTRAINT history_entry_site_fits CHECK (cd_fits(site, 4)) NOT VALID;
ALTER TABLE history_entry ADD CONSTRAINT history_entry_source_fits CHECK (cd_fits(source, 200)) NOT VALID;
ALTER TABLE history_entry ADD CONSTRAINT history_entry_summary_fits CHECK (cd_fits(summary, 2000)) NOT VALID;
ALTER TABLE history_entry ADD CONSTRAINT history_entry_version_fits CHECK (cd_fits(version, 40)) NOT VALID;
ALTER TABLE note_amendment ADD CONSTRAINT note_amendment_assessment_fits CHECK (cd_fits(assessment, 20000)) NOT VALID;
ALTER TABLE note_amendment ADD CONSTRAINT note_amendment_author_fits CHECK (cd_fits(author, 32)) NOT VALID;
ALTER TABLE note_amendment ADD CONSTRAINT note_amendment_diagnoses_fits CHECK (cd_fits(diagnoses, 200000)) NOT VALID;
ALTER TABLE note_amendment ADD CONSTRAINT note_amendment_follow_up_reason_fits CHECK (cd_fits(follow_up_reason, 200)) NOT VALID;
ALTER TABLE note_amendment ADD CONSTRAINT note_amendment_objective_fits CHECK (cd_fits(objective, 20000)) NOT VALID;
ALTER TABLE note_amendment ADD CONSTRAINT note_amendment_plan_fits CHECK (cd_fits(plan, 20000)) NOT VALID;
ALTER TABLE note_amendment ADD CONSTRAINT note_amendment_prescriptions_fits CHECK (cd_fits(prescriptions, 200000)) NOT VALID;
ALTER TABLE note_amendment ADD CONSTRAINT note_amendment_reason_fits CHECK (cd_fits(reason, 2000)) NOT VALID;
ALTER TABLE note_amendment ADD CONSTRAINT note_amendment_site_fits CHECK (cd_fits(site, 4)) NOT VALID;
ALTER TABLE note_amendment ADD CONSTRAINT note_amendment_subjective_fits CHECK (cd_fits(subjective, 20000)) NOT VALID;
ALTER TABLE note_amendment ADD CONSTRAINT note_amendment_version_fits CHECK (cd_fits(version, 40)) NOT VALID;
ALTER TABLE patient ADD CONSTRAINT patient_abha_number_fits CHECK (cd_fits(abha_number, 14)) NOT VALID;
ALTER TABLE patient ADD CONSTRAINT patient_address_fits CHECK (cd_fits(address, 500)) NOT VALID;
ALTER TABLE patient ADD CONSTRAINT patient_allergies_fits CHECK (cd_fits(allergies, 20000)) NOT VALID;
ALTER TABLE patient ADD CONSTRAINT patient_district_fits CHECK (cd_fits(district, 100)) NOT VALID;
ALTER TABLE patient ADD CONSTRAINT patient_family_name_fits CHECK (cd_fits(family_name, 200)) NOT VALID;
ALTER TABLE patient ADD CONSTRAINT patient_family_name_search_fits CHECK (cd_fits(family_name_search, 200)) NOT VALID;
ALTER TABLE patient ADD CONSTRAINT patient_full_name_search_fits CHECK (cd_fits(full_name_search, 400)) NOT VALID;
ALTER TABLE patient ADD CONSTRAINT patient_given_name_fits CHECK (cd_fits(given_name, 200)) NOT VALID;
ALTER TABLE patient ADD CONSTRAINT patient_phone_fits CHECK (cd_fits(phone, 20)) NOT VALID;
ALTER TABLE patient ADD CONSTRAINT patient_phone_digits_fits CHECK (cd_fits(phone_digits, 15)) NOT VALID;
ALTER TABLE patient ADD CONSTRAINT patient_phone_digits_reversed_fits CHECK (cd_fits(phone_digits_reversed, 15)) NOT VALID;
ALTER TABLE patient ADD CONSTRAINT patient_pin_fits CHECK (cd_fits(pin, 6)) NOT VALID;
ALTER TABLE patient ADD CONSTRAINT patient_relative_name_fits CHECK (cd_fits(relative_name, 200)) NOT VALID;
ALTER TABLE patient ADD CONSTRAINT patient_relative_relation_fits CHECK (cd_fits(relative_relation, 3)) NOT VALID;
ALTER TABLE patient ADD CONSTRAINT patient_sex_fits CHECK (cd_fits(sex, 1)) NOT VALID;
ALTER TABLE patient ADD CONSTRAINT patient_site_fits CHECK (cd_fits(site, 4)) NOT VALID;
ALTER TABLE patient ADD CONSTRAINT patient_state_fits CHECK (cd_fits(state, 60)) NOT VALID;
ALTER TABLE patient ADD CONSTRAINT patient_status_fits CHECK (cd_fits(status, 10)) NOT VALID;
ALTER TABLE patient ADD CONSTRAINT patient_uhid_fits CHECK (cd_fits(uhid, 20)) NOT VALID;
ALTER TABLE patient ADD CONSTRAINT patient_version_fits CHECK (cd_fits(version, 40)) NOT VALID;
ALTER TABLE patient ADD CONSTRAINT patient_village_fits CHECK (cd_fits(village, 100)) NOT VALID;
ALTER TABLE queue_entry ADD CONSTRAINT queue_entry_priority_fits CHECK (cd_fits(priority, 10)) NOT VALID;
ALTER TABLE queue_entry ADD CONSTRAINT queue_entry_site_fits CHECK (cd_fits(site, 4)) NOT VALID;
ALTER TABLE queue_entry ADD CONSTRAINT queue_entry_status_fits CHECK (cd_fits(status, 20)) NOT VALID;
ALTER TABLE queue_entry ADD CONSTRAINT queue_entry_token_fits CHECK (cd_fits(token, 12)) NOT VALID;
ALTER TABLE queue_entry ADD CONSTRAINT queue_entry_version_fits CHECK (cd_fits(version, 40)) NOT VALID;
ALTER TABLE queue_transition ADD CONSTRAINT queue_transition_by_user_fits CHECK (cd_fits(by_user, 32)) NOT VALID;
ALTER TABLE queue_transition ADD CONSTRAINT queue_transition_from_status_fits CHECK (cd_fits(from_status, 20)) NOT VALID;
ALTER TABLE queue_transition ADD CONSTRAINT queue_transition_reason_fits CHECK (cd_fits(reason, 1000)) NOT VALID;
ALTER TABLE queue_transition ADD CONSTRAINT queue_transition_site_fits CHECK (cd_fits(site, 4)) NOT VALID;
ALTER TABLE queue_transition ADD CONSTRAINT queue_transition_to_status_fits CHECK (cd_fits(to_status, 20)) NOT VALID;
ALTER TABLE queue_transition ADD CONSTRAINT queue_transition_version_fits CHECK (cd_fits(version, 40)) NOT VALID;
ALTER TABLE soap_note ADD CONSTRAINT soap_note_assessment_fits CHECK (cd_fits(assessment, 20000)) NOT VALID;
ALTER TABLE soap_note ADD CONSTRAINT soap_note_author_fits CHECK (cd_fits(author, 32)) NOT VALID;
ALTER TABLE soap_note ADD CONSTRAINT soap_note_diagnoses_fits CHECK (cd_fits(diagnoses, 200000)) NOT VALID;
ALTER TABLE soap_note ADD CONSTRAINT soap_note_follow_up_reason_fits CHECK (cd_fits(follow_up_reason, 200)) NOT VALID;
ALTER TABLE soap_note ADD CONSTRAINT soap_note_objective_fits CHECK (cd_fits(objective, 20000)) NOT VALID;
ALTER TABLE soap_note ADD CONSTRAINT soap_note_plan_fits CHECK (cd_fits(plan, 20000)) NOT VALID;
ALTER TABLE soap_note ADD CONSTRAINT soap_note_prescriptions_fits CHECK (cd_fits(prescriptions, 200000)) NOT VALID;
ALTER TABLE soap_note ADD CONSTRAINT soap_note_signed_by_fits CHECK (cd_fits(signed_by, 32)) NOT VALID;
ALTER TABLE soap_note ADD CONSTRAINT soap_note_site_fits CHECK (cd_fits(site, 4)) NOT VALID;
ALTER TABLE soap_note ADD CONSTRAINT soap_note_status_fits CHECK (cd_fits(status, 10)) NOT VALID;
ALTER TABLE soap_note ADD CONSTRAINT soap_note_subjective_fits CHECK (cd_fits(subjective, 20000)) NOT VALID;
ALTER TABLE soap_note ADD CONSTRAINT soap_note_version_fits CHECK (cd_fits(version, 40)) NOT VALID;
ALTER TABLE vitals ADD CONSTRAINT vitals_consciousness_fits CHECK (cd_fits(consciousness, 1)) NOT VALID;
ALTER TABLE vitals ADD CONSTRAINT vitals_news2_points_fits CHECK (cd_fits(news2_points, 1000)) NOT VALID;
ALTER TABLE vitals ADD CONSTRAINT vitals_news2_response_fits CHECK (cd_fits(news2_response, 20)) NOT VALID;
ALTER TABLE vitals ADD CONSTRAINT vitals_site_fits CHECK (cd_fits(site, 4)) NOT VALID;
ALTER TABLE vitals ADD CONSTRAINT vitals_spo2_scale_fits CHECK (cd_fits(spo2_scale, 10)) NOT VALID;
ALTER TABLE vitals ADD CONSTRAINT vitals_taken_by_fits CHECK (cd_fits(taken_by, 32)) NOT VALID;
ALTER TABLE vitals ADD CONSTRAINT vitals_version_fits CHECK (cd_fits(version, 40)) NOT VALID;
