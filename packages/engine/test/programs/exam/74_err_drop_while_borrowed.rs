fn main() {
    let report = String::from("Q3 results");
    let summary = &report[..2];
    drop(report);
    println!("summary: {}", summary);
}
