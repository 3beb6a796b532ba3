package cn.xndpf.web.division;

import cn.xndpf.application.division.DivisionService;
import cn.xndpf.domain.division.Division;
import cn.xndpf.domain.division.DivisionCode;
import cn.xndpf.domain.division.DivisionLevel;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.primefaces.model.LazyDefaultTreeNode;
import org.primefaces.model.TreeNode;

import java.io.Serializable;
import java.util.List;

/** 行政区划: the division tree from the city down, each level loaded when its parent is expanded. */
@Named("divisionTree")
@ViewScoped
public class DivisionTreeBean implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String START = "630100";

    @EJB
    private DivisionService divisions;

    /** Declared as the serialisable lazy node it is (its loaders are serialisable method references). */
    private LazyDefaultTreeNode<DivisionNode> root;

    /** What a tree node shows; kept small and serializable with the view. */
    public record DivisionNode(String code, String name, DivisionLevel level, boolean urban) implements Serializable {
        static DivisionNode of(Division d) {
            return new DivisionNode(d.code().value(), d.name(), d.level(), d.isUrban());
        }

        public String getCode() {
            return code;
        }

        public String getName() {
            return name;
        }

        public DivisionLevel getLevel() {
            return level;
        }

        public boolean isUrban() {
            return urban;
        }
    }

    @PostConstruct
    void init() {
        DivisionNode invisibleRoot = new DivisionNode("", "", DivisionLevel.PROVINCE, true);
        root = new LazyDefaultTreeNode<>(invisibleRoot, this::childrenOf, this::isLeaf);
        for (TreeNode<DivisionNode> start : root.getChildren()) {
            start.setExpanded(true);
        }
    }

    private List<DivisionNode> childrenOf(DivisionNode node) {
        if (node.code().isEmpty()) {
            return divisions.find(DivisionCode.of(START)).map(DivisionNode::of).stream().toList();
        }
        return divisions.children(DivisionCode.of(node.code())).stream().map(DivisionNode::of).toList();
    }

    private Boolean isLeaf(DivisionNode node) {
        return node.level() == DivisionLevel.COMMUNITY;
    }

    public TreeNode<DivisionNode> getRoot() {
        return root;
    }
}
