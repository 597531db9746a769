fn longest_common_prefix<'a>(words: &[&'a str]) -> &'a str {
    if words.is_empty() {
        return "";
    }
    let first = words[0];
    let mut end = first.len();
    for w in &words[1..] {
        let mut common = 0;
        for ((i, a), b) in first.char_indices().zip(w.chars()) {
            if a != b {
                break;
            }
            common = i + a.len_utf8();
        }
        end = end.min(common);
    }
    &first[..end]
}

fn main() {
    println!("{:?}", longest_common_prefix(&["flower", "flow", "flight"]));
    println!("{:?}", longest_common_prefix(&["dog", "racecar", "car"]));
    println!("{:?}", longest_common_prefix(&["interstellar", "internet", "interval"]));
    println!("{:?}", longest_common_prefix(&["über", "übel", "üben"]));
    println!("{:?}", longest_common_prefix(&["solo"]));
    println!("{:?}", longest_common_prefix(&[]));
}
