// Exercise: prefix every name with a label built at runtime.
fn build_label(kind: &str) -> String {
    format!("{}-", kind.to_uppercase())
}

fn print_all(label: &str, names: &[&str]) {
    for n in names {
        println!("{}{}", label, n);
    }
}

fn main() {
    let names = vec!["x", "y", "z"];
    let kind = "var";
    let label: &str = build_label(kind).as_str();
    print_all(label, &names);
    let count = names.len();
    println!("{} names labelled", count);
    let fixed = "const-";
    print_all(fixed, &names[..1]);
    println!("done");
}
