mod school {
    pub mod grading {
        // Visible to `school` (the parent) but not to main.
        pub(super) fn letter(score: u32) -> char {
            match score {
                90..=100 => 'A',
                80..=89 => 'B',
                70..=79 => 'C',
                60..=69 => 'D',
                _ => 'F',
            }
        }
    }

    pub fn report(name: &str, score: u32) -> String {
        format!("{:<8} {:>3} {}", name, score, grading::letter(score))
    }
}

fn main() {
    let class = [("Ada", 97), ("Brian", 83), ("Chen", 71), ("Dana", 58), ("Eve", 64)];
    for (name, score) in class {
        println!("{}", school::report(name, score));
    }
}
