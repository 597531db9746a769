// Two lifetime parameters: the result is tied only to `x`.
fn first_word<'a, 'b>(x: &'a str, sep: &'b str) -> &'a str {
    match x.find(sep) {
        Some(pos) => &x[..pos],
        None => x,
    }
}

fn main() {
    let sentence = String::from("hello wonderful world");
    let word;
    {
        // The separator lives only inside this block; that's fine,
        // because the result does not borrow from it.
        let sep = String::from(" ");
        word = first_word(&sentence, &sep);
    }
    println!("first word: {}", word);
}
