use std::fmt;

// Every Named thing must also be printable.
trait Named: fmt::Display {
    fn id(&self) -> u32;
    fn label(&self) -> String {
        format!("#{} {}", self.id(), self)
    }
}

struct Student {
    id: u32,
    name: String,
}

impl fmt::Display for Student {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "student {}", self.name)
    }
}

impl Named for Student {
    fn id(&self) -> u32 {
        self.id
    }
}

fn print_all(items: &[Student]) {
    for s in items {
        println!("{}", s.label());
    }
}

fn main() {
    let class = vec![
        Student { id: 1, name: "Ada".to_string() },
        Student { id: 2, name: "Linus".to_string() },
    ];
    print_all(&class);
}
