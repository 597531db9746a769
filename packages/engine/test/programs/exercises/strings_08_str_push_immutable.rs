// Exercise: build a greeting for every guest.
fn greet(guest: &str) -> String {
    let greeting = String::from("Hello");
    greeting.push_str(", ");
    greeting.push_str(guest);
    greeting.push('!');
    greeting
}

fn shout(s: &str) -> String {
    s.to_uppercase()
}

fn main() {
    let guests = ["Ada", "Alan", "Edsger"];
    let mut all = Vec::new();
    for g in guests {
        let line = greet(g);
        println!("{}", line);
        all.push(line);
    }
    println!("{}", shout(&all.join(" ")));
}
