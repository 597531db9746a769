// Tokens borrow from the source string; no copying needed.
fn tokenize(src: &str) -> Vec<&str> {
    src.split_whitespace().collect()
}

fn main() {
    let source = String::from("let x = 5 + y ;");
    let tokens = tokenize(&source);
    println!("{} tokens", tokens.len());
    for (i, t) in tokens.iter().enumerate() {
        println!("{}: {}", i, t);
    }
    let idents: Vec<&&str> = tokens
        .iter()
        .filter(|t| t.chars().all(|c| c.is_alphabetic()))
        .collect();
    println!("identifiers: {:?}", idents);
}
