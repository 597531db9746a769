fn longest<'a>(x: &'a str, y: &'a str) -> &'a str {
    if x.len() >= y.len() { x } else { y }
}

fn first_word(s: &str) -> &str {
    match s.find(' ') {
        Some(i) => &s[..i],
        None => s,
    }
}

fn pick_first<'a, 'b>(x: &'a str, _y: &'b str) -> &'a str {
    x
}

fn main() {
    let s1 = String::from("a long sentence here");
    let result;
    {
        let s2 = String::from("short");
        let r = longest(s1.as_str(), s2.as_str());
        println!("longest inside: {}", r);
        result = pick_first(&s1, &s2);
    }
    println!("picked: {}", result);
    println!("first word: {}", first_word(&s1));
    let literal: &'static str = "static text lives forever";
    let w = first_word(literal);
    println!("{} / {}", w, longest(w, "xyzzy"));
    let words = vec![String::from("kiwi"), String::from("banana"), String::from("fig")];
    let mut best = words[0].as_str();
    for w in &words {
        best = longest(best, w);
    }
    println!("best: {}", best);
}
