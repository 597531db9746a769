fn main() {
    let s = "I like cats. cats are great. cats!";
    println!("{}", s.replace("cats", "dogs"));
    println!("{}", s.replacen("cats", "dogs", 2));
    println!("original unchanged: {}", s);

    let snake = "hello_big_world";
    let kebab = snake.replace('_', "-");
    println!("{}", kebab);

    let template = String::from("Dear {name}, your order {id} shipped.");
    let filled = template.replace("{name}", "Ada").replace("{id}", "#1042");
    println!("{}", filled);

    let no_vowels = "programming".replace(|c| "aeiou".contains(c), "");
    println!("{}", no_vowels);

    let cyr = "мама мыла раму";
    println!("{}", cyr.replace("ма", "МА"));
}
