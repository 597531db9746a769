// Track the maximum recursion depth reached while walking a tree
struct Tree {
    label: String,
    children: Vec<Tree>,
}

fn t(label: &str, children: Vec<Tree>) -> Tree {
    Tree { label: label.to_string(), children }
}

fn walk(tree: &Tree, depth: usize, max_depth: &mut usize) {
    *max_depth = (*max_depth).max(depth);
    println!("{}{} (depth {})", "  ".repeat(depth), tree.label, depth);
    for c in &tree.children {
        walk(c, depth + 1, max_depth);
    }
}

fn count(tree: &Tree) -> usize {
    1 + tree.children.iter().map(count).sum::<usize>()
}

fn main() {
    let root = t("src", vec![
        t("main.rs", vec![]),
        t("model", vec![t("mod.rs", vec![]), t("user.rs", vec![])]),
        t("util", vec![t("fmt", vec![t("table.rs", vec![])])]),
    ]);
    let mut max_depth = 0;
    walk(&root, 0, &mut max_depth);
    println!("nodes = {}, max depth = {}", count(&root), max_depth);
}
