package cn.xndpf.web.employment;

import cn.xndpf.application.employment.DeclarationForm;
import cn.xndpf.application.employment.DeclarationView;
import cn.xndpf.application.employment.EmployerView;
import cn.xndpf.application.employment.FundView;
import cn.xndpf.application.employment.QuotaService;
import cn.xndpf.application.employment.SecurityFundService;
import cn.xndpf.domain.shared.DomainMessages;
import cn.xndpf.domain.shared.InvalidValueException;
import cn.xndpf.domain.shared.PlatformClock;
import cn.xndpf.web.shared.FacesMessages;
import cn.xndpf.web.shared.LocaleBean;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * 年审申报与保障金: for an employer of the jurisdiction and a year that is over, the declaration (staff count, total
 * wages and the disabled employees, added one by one), its verification with each employee's result and reasons,
 * the double declarations to decide, and the fund computed line by line.
 */
@Named("declaration")
@ViewScoped
public class DeclarationBean implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final Map<String, String> FIELDS = Map.ofEntries(
            Map.entry("employer", "choose:employer"),
            Map.entry("year", "choose:year"),
            Map.entry("staffCount", "declare:staffCount"),
            Map.entry("totalWages", "declare:totalWages"),
            Map.entry("idNumber", "employee:idNumber"),
            Map.entry("certificateNumber", "employee:certificateNumber"),
            Map.entry("contractFrom", "employee:contractFrom"),
            Map.entry("contractTo", "employee:contractTo"),
            Map.entry("insuranceMonths", "employee:insuranceMonths"),
            Map.entry("monthlyWage", "employee:monthlyWage"));

    @EJB
    private QuotaService quota;

    @EJB
    private SecurityFundService funds;

    @Inject
    private FacesMessages messages;

    @Inject
    private LocaleBean locale;

    private List<EmployerView> employers = List.of();
    private Long employerId;
    private int year = PlatformClock.today().getYear() - 1;
    private DeclarationView current;
    private FundView fund;

    private Integer staffCount;
    private BigDecimal totalWages;
    private final List<DeclarationForm.Employee> employees = new ArrayList<>();

    private String idNumber;
    private String certificateNumber;
    private LocalDate contractFrom;
    private LocalDate contractTo;
    private Integer insuranceMonths;
    private BigDecimal monthlyWage;

    @PostConstruct
    void init() {
        try {
            employers = quota.employers();
        } catch (EJBAccessException e) {
            messages.show(e);
        }
    }

    /** Shows the chosen employer's declaration of the year and its fund, if any. */
    public void show() {
        current = null;
        fund = null;
        if (employerId == null) {
            messages.show(new InvalidValueException("employer", "employment.employerNotFound"), FIELDS);
            return;
        }
        try {
            current = quota.declaration(employerId, year).orElse(null);
            fund = funds.fund(employerId, year).orElse(null);
            if (current == null) {
                messages.globalInfo("employment.notDeclaredYet");
            }
        } catch (InvalidValueException e) {
            messages.show(e, FIELDS);
        } catch (EJBAccessException e) {
            messages.show(e);
        }
    }

    /** Adds a disabled employee to the declaration being written (checked when it is sent). */
    public void addEmployee() {
        employees.add(new DeclarationForm.Employee(idNumber, certificateNumber, contractFrom, contractTo,
                insuranceMonths, monthlyWage));
        idNumber = null;
        certificateNumber = null;
        contractFrom = null;
        contractTo = null;
        insuranceMonths = null;
        monthlyWage = null;
    }

    public void removeEmployee(int index) {
        if (index >= 0 && index < employees.size()) {
            employees.remove(index);
        }
    }

    public void declare() {
        if (employerId == null) {
            messages.show(new InvalidValueException("employer", "employment.employerNotFound"), FIELDS);
            return;
        }
        try {
            current = quota.declare(new DeclarationForm(employerId, year, staffCount, totalWages, List.copyOf(employees)));
            employees.clear();
            messages.globalInfo("employment.declaredOk");
        } catch (InvalidValueException e) {
            messages.show(e, FIELDS);
        } catch (EJBAccessException e) {
            messages.show(e);
        }
    }

    public void verify() {
        try {
            current = quota.verify(employerId, year);
            messages.globalInfo("employment.verifiedOk", current.recognisedCount());
        } catch (InvalidValueException e) {
            messages.show(e, FIELDS);
        } catch (EJBAccessException e) {
            messages.show(e);
        }
    }

    public void decide(long declaredEmployeeId) {
        try {
            current = quota.resolveDuplicate(declaredEmployeeId);
        } catch (InvalidValueException e) {
            messages.show(e, FIELDS);
        } catch (EJBAccessException e) {
            messages.show(e);
        }
    }

    public void compute() {
        try {
            fund = funds.compute(employerId, year);
        } catch (InvalidValueException e) {
            messages.show(e, FIELDS);
        } catch (EJBAccessException e) {
            messages.show(e);
        }
    }

    /** An employee's reasons in the current language. */
    public String reasons(DeclarationView.Employee e) {
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < e.reasonKeys().size(); i++) {
            String arg = e.reasonArguments().get(i);
            texts.add(arg.isEmpty() ? DomainMessages.format(e.reasonKeys().get(i), locale.getLocale())
                    : DomainMessages.format(e.reasonKeys().get(i), locale.getLocale(), arg));
        }
        return String.join("；", texts);
    }

    public List<EmployerView> getEmployers() {
        return employers;
    }

    public Long getEmployerId() {
        return employerId;
    }

    public void setEmployerId(Long employerId) {
        this.employerId = employerId;
    }

    public int getYear() {
        return year;
    }

    public void setYear(int year) {
        this.year = year;
    }

    public DeclarationView getCurrent() {
        return current;
    }

    public FundView getFund() {
        return fund;
    }

    public Integer getStaffCount() {
        return staffCount;
    }

    public void setStaffCount(Integer staffCount) {
        this.staffCount = staffCount;
    }

    public BigDecimal getTotalWages() {
        return totalWages;
    }

    public void setTotalWages(BigDecimal totalWages) {
        this.totalWages = totalWages;
    }

    public List<DeclarationForm.Employee> getEmployees() {
        return employees;
    }

    public String getIdNumber() {
        return idNumber;
    }

    public void setIdNumber(String idNumber) {
        this.idNumber = idNumber;
    }

    public String getCertificateNumber() {
        return certificateNumber;
    }

    public void setCertificateNumber(String certificateNumber) {
        this.certificateNumber = certificateNumber;
    }

    public LocalDate getContractFrom() {
        return contractFrom;
    }

    public void setContractFrom(LocalDate contractFrom) {
        this.contractFrom = contractFrom;
    }

    public LocalDate getContractTo() {
        return contractTo;
    }

    public void setContractTo(LocalDate contractTo) {
        this.contractTo = contractTo;
    }

    public Integer getInsuranceMonths() {
        return insuranceMonths;
    }

    public void setInsuranceMonths(Integer insuranceMonths) {
        this.insuranceMonths = insuranceMonths;
    }

    public BigDecimal getMonthlyWage() {
        return monthlyWage;
    }

    public void setMonthlyWage(BigDecimal monthlyWage) {
        this.monthlyWage = monthlyWage;
    }
}
