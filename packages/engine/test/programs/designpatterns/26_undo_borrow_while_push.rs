// Mistake: holding a reference into the history while pushing to it.
struct History {
    states: Vec<String>,
}

fn main() {
    let mut h = History { states: vec!["v1".to_string()] };
    let latest = h.states.last().unwrap();
    h.states.push(format!("{}-edited", latest));
    println!("latest was {}", latest);
    println!("{} states", h.states.len());
}
