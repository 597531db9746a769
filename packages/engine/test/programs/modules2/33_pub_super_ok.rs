// pub(super) and pub(in crate::...) used correctly.
mod school {
    pub mod grading {
        pub(super) fn letter(score: u32) -> char {
            match score {
                90..=100 => 'A',
                80..=89 => 'B',
                70..=79 => 'C',
                60..=69 => 'D',
                _ => 'F',
            }
        }

        pub(in crate::school) fn passed(score: u32) -> bool {
            score >= 60
        }
    }

    pub fn report(name: &str, score: u32) -> String {
        let status = if grading::passed(score) { "pass" } else { "fail" };
        format!("{}: {} ({}, {})", name, score, grading::letter(score), status)
    }
}

fn main() {
    let students = [("Ayesha", 93), ("Ben", 71), ("Chen", 58), ("Dara", 85)];
    for (name, score) in students.iter() {
        println!("{}", school::report(name, *score));
    }
}
