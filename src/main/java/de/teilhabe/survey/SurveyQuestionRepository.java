package de.teilhabe.survey;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface SurveyQuestionRepository extends JpaRepository<SurveyQuestion, Long> {

	List<SurveyQuestion> findBySurveyIdOrderByPosition(long surveyId);

}
