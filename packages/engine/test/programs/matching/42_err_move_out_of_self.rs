struct Profile {
    username: String,
    display: Option<String>,
}

impl Profile {
    fn shown_name(&self) -> String {
        match self.display {
            Some(name) => name,
            None => self.username.clone(),
        }
    }
}

fn main() {
    let p = Profile { username: "jdoe".to_string(), display: Some("Jane Doe".to_string()) };
    let q = Profile { username: "anon42".to_string(), display: None };
    println!("{}", p.shown_name());
    println!("{}", q.shown_name());
}
