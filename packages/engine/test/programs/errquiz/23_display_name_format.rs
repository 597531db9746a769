struct Member {
    first: String,
    last: String,
    id: u32,
}

impl Member {
    fn display_name(&self) -> &str {
        &format!("{} {}", self.first, self.last)
    }
}

fn main() {
    let m = Member {
        first: String::from("Ada"),
        last: String::from("Lovelace"),
        id: 1815,
    };
    println!("#{} {}", m.id, m.display_name());
}
