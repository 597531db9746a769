// Accepting "anything that can become a String" with Into<String>.
#[derive(Debug)]
struct Tag {
    label: String,
    priority: u8,
}

impl Tag {
    fn new(label: impl Into<String>, priority: u8) -> Self {
        Tag { label: label.into(), priority }
    }
}

struct Username(String);

impl From<Username> for String {
    fn from(u: Username) -> String {
        format!("@{}", u.0)
    }
}

fn main() {
    let owned = String::from("urgent");
    let tags = vec![
        Tag::new("todo", 1),          // &str
        Tag::new(owned, 5),           // String (moved in)
        Tag::new('x'.to_string(), 2), // another String
        Tag::new(Username("ferris".to_string()), 3),
    ];

    for t in &tags {
        println!("{:<10} priority {}", t.label, t.priority);
    }

    let total: u32 = tags.iter().map(|t| u32::from(t.priority)).sum();
    println!("total priority: {}", total);

    let wide: i64 = i64::from(-7i32);
    let small: u16 = 200u8.into();
    println!("wide = {}, small = {}", wide, small);
}
