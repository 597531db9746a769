// Exercise: why does this not compile?
fn print_report(title: String, lines: Vec<String>) {
    println!("== {} ==", title);
    for l in lines {
        println!("  {}", l);
    }
}

fn main() {
    let title = String::from("Weekly report");
    let mut lines = Vec::new();
    lines.push(String::from("sales up"));
    lines.push(String::from("costs down"));

    println!("about to print {} lines", lines.len());
    print_report(title, lines);

    // the student wants to reuse the lines afterwards
    println!("number of lines: {}", lines.len());
}
