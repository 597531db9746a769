// Power set: include or skip each element
fn subsets(items: &[char], idx: usize, path: &mut Vec<char>, out: &mut Vec<String>) {
    if idx == items.len() {
        out.push(format!("{{{}}}", path.iter().collect::<String>()));
        return;
    }
    // skip
    subsets(items, idx + 1, path, out);
    // take
    path.push(items[idx]);
    subsets(items, idx + 1, path, out);
    path.pop();
}

fn main() {
    let items = ['a', 'b', 'c'];
    let mut out = Vec::new();
    subsets(&items, 0, &mut Vec::new(), &mut out);
    println!("{}", out.join(" "));
}
