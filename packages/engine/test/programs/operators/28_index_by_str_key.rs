use std::ops::Index;

// A tiny settings table indexed by name: settings["width"].
struct Settings {
    entries: Vec<(String, i64)>,
}

impl Settings {
    fn from_pairs(pairs: &[(&str, i64)]) -> Self {
        Settings {
            entries: pairs.iter().map(|(k, v)| (k.to_string(), *v)).collect(),
        }
    }
}

impl Index<&str> for Settings {
    type Output = i64;

    fn index(&self, key: &str) -> &i64 {
        for (k, v) in &self.entries {
            if k == key {
                return v;
            }
        }
        panic!("no setting named '{}'", key);
    }
}

fn main() {
    let s = Settings::from_pairs(&[("width", 800), ("height", 600), ("fps", 60)]);

    println!("width  = {}", s["width"]);
    println!("height = {}", s["height"]);
    let area = s["width"] * s["height"];
    println!("area   = {}", area);

    let key = String::from("fps");
    println!("{}    = {}", key, s[key.as_str()]);

    // Indexing with a missing key panics, like a Vec out of bounds.
    println!("depth  = {}", s["depth"]);
}
