// Keeping a reference to a String that is rebuilt on every loop iteration.
fn main() {
    let names = ["ada", "grace", "linus", "margaret"];
    let mut longest_label: &str = "";

    for (i, name) in names.iter().enumerate() {
        let label = format!("{}: {}", i, name);
        if label.len() > longest_label.len() {
            longest_label = &label;
        }
    }

    println!("longest label: {}", longest_label);
}
