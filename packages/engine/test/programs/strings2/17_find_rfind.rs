// find and rfind return byte offsets as Option<usize>.
fn main() {
    let text = "the cat sat on the mat";
    println!("{:?}", text.find("the"));
    println!("{:?}", text.rfind("the"));
    println!("{:?}", text.find('z'));
    println!("{:?}", text.find(|c: char| c == 's' || c == 'm'));

    if let Some(pos) = text.find("sat") {
        println!("before: '{}' after: '{}'", &text[..pos], &text[pos..]);
    }

    let accented = "café olé";
    let idx = accented.find('o').unwrap();
    println!("'o' is at byte {} (char {})", idx, accented[..idx].chars().count());

    let url = "https://example.com/path/page";
    let last_slash = url.rfind('/').unwrap();
    println!("page = {}", &url[last_slash + 1..]);

    println!("contains 'cat': {}", text.contains("cat"));
    println!("contains 'dog': {}", text.contains("dog"));
    println!("contains a digit: {}", text.contains(char::is_numeric));

    let matches: Vec<(usize, &str)> = text.match_indices("at").collect();
    println!("{:?}", matches);
}
