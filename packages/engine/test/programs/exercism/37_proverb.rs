// "For want of a nail" proverb built from a list of items.
fn build_proverb(list: &[&str]) -> String {
    let mut lines: Vec<String> = list
        .windows(2)
        .map(|pair| format!("For want of a {} the {} was lost.", pair[0], pair[1]))
        .collect();
    if let Some(first) = list.first() {
        lines.push(format!("And all for the want of a {}.", first));
    }
    lines.join("\n")
}

fn main() {
    let items = ["nail", "shoe", "horse", "rider", "message", "battle", "kingdom"];
    println!("{}", build_proverb(&items));
    println!("--");
    println!("{}", build_proverb(&["pin", "gun"]));
    println!("--");
    println!("{:?}", build_proverb(&[]));
}
