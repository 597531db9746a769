// Exercise: the move closure took ownership of `report`.
struct Report {
    lines: Vec<String>,
}

impl Drop for Report {
    fn drop(&mut self) {
        println!("report with {} lines dropped", self.lines.len());
    }
}

fn main() {
    let report = Report { lines: vec!["ok".to_string(), "warn".to_string()] };
    let print_it = move || {
        for line in &report.lines {
            println!("> {}", line);
        }
    };
    print_it();
    println!("report had {} lines", report.lines.len());
}
