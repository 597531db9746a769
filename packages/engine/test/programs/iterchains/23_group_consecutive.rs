// Run-length encoding: group consecutive equal characters by hand.
fn rle(s: &str) -> String {
    let mut out = String::new();
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        let mut run = 1;
        while chars.peek() == Some(&c) {
            chars.next();
            run += 1;
        }
        out.push_str(&run.to_string());
        out.push(c);
    }
    out
}

fn groups(v: &[i32]) -> Vec<Vec<i32>> {
    let mut result: Vec<Vec<i32>> = Vec::new();
    for &x in v {
        match result.last_mut() {
            Some(g) if g[0] == x => g.push(x),
            _ => result.push(vec![x]),
        }
    }
    result
}

fn main() {
    println!("{}", rle("aaabccddddde"));
    println!("{}", rle("WWWWWWBWWW"));
    println!("{:?}", groups(&[1, 1, 2, 3, 3, 3, 1]));
}
