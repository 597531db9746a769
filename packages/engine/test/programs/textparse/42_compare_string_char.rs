// Counting comment lines in a small script.
fn main() {
    let script = "# setup\nlet x = 1\n#\nprint x\n# done";
    let mut comments = 0;
    for line in script.lines() {
        let first: String = line.chars().take(1).collect();
        if first == '#' {
            comments += 1;
        }
    }
    println!("{} comment lines", comments);
}
