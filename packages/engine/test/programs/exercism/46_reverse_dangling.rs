// Returning a reference to a String created inside the function.
fn reverse(input: &str) -> &str {
    let reversed: String = input.chars().rev().collect();
    &reversed
}

fn main() {
    let words = ["stressed", "drawer", "live"];
    for w in words {
        println!("{} -> {}", w, reverse(w));
    }
}
