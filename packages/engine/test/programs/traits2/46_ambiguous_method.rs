// Two traits in scope provide the same method name, and no inherent method exists.
trait Printer {
    fn output(&self) -> String;
}

trait Exporter {
    fn output(&self) -> String;
}

struct Report {
    title: String,
}

impl Printer for Report {
    fn output(&self) -> String {
        format!("=== {} ===", self.title)
    }
}

impl Exporter for Report {
    fn output(&self) -> String {
        format!("{{\"title\":\"{}\"}}", self.title)
    }
}

fn main() {
    let r = Report { title: "Q3".to_string() };
    println!("{}", Printer::output(&r));
    println!("{}", r.output());
}
