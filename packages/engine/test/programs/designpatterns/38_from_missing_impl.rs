// Mistake: calling .into() when only the opposite From exists.
struct Email(String);

impl From<Email> for String {
    fn from(e: Email) -> String {
        e.0
    }
}

fn send(to: Email) {
    let raw: String = to.into();
    println!("sending to {}", raw);
}

fn main() {
    let addr = String::from("ana@uni.edu");
    send(addr.into());
}
