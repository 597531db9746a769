fn find_index(haystack: &[&str], needle: &str) -> Option<usize> {
    haystack.iter().position(|s| *s == needle)
}

fn main() {
    let planets = ["Mercury", "Venus", "Earth", "Mars"];
    let earth = find_index(&planets, "Earth").unwrap();
    println!("Earth is planet #{}", earth + 1);
    let pluto = find_index(&planets, "Pluto").unwrap();
    println!("Pluto is planet #{}", pluto + 1);
}
