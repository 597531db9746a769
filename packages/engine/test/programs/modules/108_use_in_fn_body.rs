mod geometry {
    pub mod shapes {
        pub fn rect_area(w: u32, h: u32) -> u32 {
            w * h
        }
        pub fn tri_area(b: u32, h: u32) -> u32 {
            b * h / 2
        }
    }
}

fn floor_plan() -> u32 {
    use geometry::shapes::{rect_area, tri_area};
    let kitchen = rect_area(4, 3);
    let living = rect_area(6, 5);
    let nook = tri_area(2, 2);
    kitchen + living + nook
}

fn word_counts(text: &str) -> Vec<(String, usize)> {
    use std::collections::BTreeMap;
    let mut counts = BTreeMap::new();
    for w in text.split_whitespace() {
        *counts.entry(w.to_lowercase()).or_insert(0) += 1;
    }
    counts.into_iter().collect()
}

fn main() {
    println!("total area: {}", floor_plan());
    for (w, n) in word_counts("the cat and The dog and the bird") {
        println!("{:<5} {}", w, n);
    }
}
