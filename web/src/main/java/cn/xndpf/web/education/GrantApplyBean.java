package cn.xndpf.web.education;

import cn.xndpf.application.education.EducationService;
import cn.xndpf.application.education.GrantApplication;
import cn.xndpf.domain.education.SchoolStage;
import cn.xndpf.domain.education.SchoolYear;
import cn.xndpf.domain.education.StudentRelation;
import cn.xndpf.domain.shared.InvalidValueException;
import cn.xndpf.domain.shared.PlatformClock;
import cn.xndpf.web.shared.FacesMessages;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * 助学金申请: community, township, district or city staff take a student's grant application for a certificate
 * holder's household. Submitting shows every problem next to its field at once, or opens the new case on
 * the shared case page, from which it goes through the chain's review queues.
 */
@Named("grantApply")
@ViewScoped
public class GrantApplyBean implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Service field name → component id on this page. */
    private static final Map<String, String> FIELDS = Map.of(
            "idNumber", "apply:idNumber",
            "relation", "apply:relation",
            "studentIdNumber", "apply:studentIdNumber",
            "studentName", "apply:studentName",
            "schoolName", "apply:schoolName",
            "specialSchoolId", "apply:schoolName",
            "stage", "apply:stage",
            "grade", "apply:grade",
            "schoolYear", "apply:schoolYear");

    @EJB
    private EducationService education;

    @Inject
    private FacesMessages messages;

    private String idNumber;
    private StudentRelation relation;
    private String studentIdNumber;
    private String studentName;
    private String schoolName;
    private SchoolStage stage;
    private Integer grade;
    private String schoolYear = SchoolYear.containing(PlatformClock.today()).label();

    public String submit() {
        GrantApplication form = new GrantApplication(idNumber, relation, studentIdNumber, studentName, schoolName,
                null, stage, grade, schoolYear);
        try {
            List<InvalidValueException> problems = education.problems(form);
            if (!problems.isEmpty()) {
                problems.forEach(p -> messages.show(p, FIELDS));
                return null;
            }
            long caseId = education.apply(form);
            return "/app/subsidy/case.xhtml?faces-redirect=true&id=" + caseId;
        } catch (InvalidValueException e) {
            messages.show(e, FIELDS);
        } catch (EJBAccessException e) {
            messages.show(e);
        }
        return null;
    }

    public StudentRelation[] getRelations() {
        return StudentRelation.values();
    }

    public SchoolStage[] getStages() {
        return SchoolStage.values();
    }

    public String getIdNumber() {
        return idNumber;
    }

    public void setIdNumber(String idNumber) {
        this.idNumber = idNumber;
    }

    public StudentRelation getRelation() {
        return relation;
    }

    public void setRelation(StudentRelation relation) {
        this.relation = relation;
    }

    public String getStudentIdNumber() {
        return studentIdNumber;
    }

    public void setStudentIdNumber(String studentIdNumber) {
        this.studentIdNumber = studentIdNumber;
    }

    public String getStudentName() {
        return studentName;
    }

    public void setStudentName(String studentName) {
        this.studentName = studentName;
    }

    public String getSchoolName() {
        return schoolName;
    }

    public void setSchoolName(String schoolName) {
        this.schoolName = schoolName;
    }

    public SchoolStage getStage() {
        return stage;
    }

    public void setStage(SchoolStage stage) {
        this.stage = stage;
    }

    public Integer getGrade() {
        return grade;
    }

    public void setGrade(Integer grade) {
        this.grade = grade;
    }

    public String getSchoolYear() {
        return schoolYear;
    }

    public void setSchoolYear(String schoolYear) {
        this.schoolYear = schoolYear;
    }
}
