package de.teilhabe.survey;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import de.teilhabe.survey.SurveyResults.StoredAnswer;

/**
 * All responses of a survey as a table, one row per response: its number and day, then
 * one column per question (per item for matrix and ranking questions; the chosen options
 * of a multiple-choice question joined by "; ").
 */
@Service
public class SurveyExport {

	private final SurveyService surveys;

	private final SurveyResults results;

	SurveyExport(SurveyService surveys, SurveyResults results) {
		this.surveys = surveys;
		this.results = results;
	}

	/**
	 * The table, its first row the header; {@code numberLabel} and {@code dayLabel} head
	 * the first two columns.
	 */
	@Transactional(readOnly = true)
	public List<List<String>> table(long surveyId, String numberLabel, String dayLabel) {
		List<SurveyQuestion> questions = surveys.questions(surveyId);
		Map<String, Integer> columns = new LinkedHashMap<>();
		List<String> header = new ArrayList<>(List.of(numberLabel, dayLabel));
		for (SurveyQuestion q : questions) {
			List<String> parts = q.getKind() == QuestionKind.MATRIX ? q.getItems()
					: q.getKind() == QuestionKind.RANKING ? q.getOptions() : List.of();
			if (parts.isEmpty()) {
				columns.put(key(q.getId(), null), header.size());
				header.add(q.getText());
			}
			for (String part : parts) {
				columns.put(key(q.getId(), part), header.size());
				header.add(q.getText() + ": " + part);
			}
		}
		Map<Long, LocalDate> days = results.responseDays(surveyId);
		Map<Long, List<StoredAnswer>> byResponse = results.answers(surveyId)
			.stream()
			.collect(Collectors.groupingBy(StoredAnswer::responseId));
		List<List<String>> table = new ArrayList<>();
		table.add(header);
		int number = 1;
		for (Map.Entry<Long, LocalDate> response : days.entrySet()) {
			String[] row = new String[header.size()];
			row[0] = String.valueOf(number++);
			row[1] = response.getValue().toString();
			for (StoredAnswer a : byResponse.getOrDefault(response.getKey(), List.of())) {
				Integer column = columns.get(key(a.questionId(), a.item()));
				if (column != null) {
					row[column] = row[column] == null ? a.value() : row[column] + "; " + a.value();
				}
			}
			List<String> values = new ArrayList<>();
			for (String value : row) {
				values.add(value == null ? "" : value);
			}
			table.add(values);
		}
		return table;
	}

	public void writeCsv(List<List<String>> table, OutputStream out) throws IOException {
		Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
		// a byte order mark, so spreadsheet programs read the umlauts right
		writer.write('\uFEFF');
		CSVPrinter printer = new CSVPrinter(writer, CSVFormat.EXCEL.builder().setDelimiter(';').get());
		for (List<String> row : table) {
			printer.printRecord(row);
		}
		printer.flush();
	}

	public void writeXlsx(List<List<String>> table, String sheetName, OutputStream out) throws IOException {
		Workbook workbook = new Workbook(out, "Teilhabe", "1.0");
		Worksheet sheet = workbook.newWorksheet(sheetName);
		for (int r = 0; r < table.size(); r++) {
			List<String> row = table.get(r);
			for (int c = 0; c < row.size(); c++) {
				String value = row.get(c);
				if (r > 0 && c == 0) {
					sheet.value(r, c, Integer.parseInt(value));
				}
				else {
					sheet.value(r, c, value);
				}
			}
		}
		workbook.finish();
	}

	private static String key(long questionId, String item) {
		return questionId + "|" + (item == null ? "" : item);
	}

}
