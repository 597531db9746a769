// Exercise: count the vowels of several words.
fn count_vowels(s: &str) -> usize {
    s.chars().filter(|c| "aeiouAEIOU".contains(*c)).count()
}

fn ratio(s: &str) -> f64 {
    count_vowels(s) as f64 / s.chars().count() as f64
}

fn main() {
    let words = vec![String::from("Education"), String::from("rhythm")];
    for w in &words {
        println!("{} has {} vowels ({:.2})", w, count_vowels(w), ratio(w));
    }
    let title = String::from("Programming");
    let n = count_vowels(title);
    println!("{}", n);
    let lit = "queue";
    println!("{} {}", lit, count_vowels(lit));
}
