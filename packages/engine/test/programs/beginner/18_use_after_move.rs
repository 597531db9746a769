fn print_report(title: String) {
    println!("=== {} ===", title);
}

fn main() {
    let title = String::from("Quarterly Sales");
    print_report(title);
    println!("Report '{}' printed", title);
}
