mod school {
    pub mod grading {
        pub(crate) const PASS_MARK: u32 = 50;

        pub(super) fn letter(score: u32) -> char {
            match score {
                90..=100 => 'A',
                75..=89 => 'B',
                PASS_MARK..=74 => 'C',
                _ => 'F',
            }
        }

        pub(crate) fn curve(score: u32, bonus: u32) -> u32 {
            (score + bonus).min(100)
        }
    }

    pub fn report_card(name: &str, score: u32) -> String {
        format!("{:<6} {:>3} {}", name, score, grading::letter(score))
    }
}

fn main() {
    let class = [("Mia", 93), ("Leo", 48), ("Ava", 76), ("Noah", 61)];
    println!("pass mark is {}", school::grading::PASS_MARK);
    for (name, score) in class.iter() {
        println!("{}", school::report_card(name, *score));
    }
    let curved = school::grading::curve(48, 5);
    println!("Leo after curve: {}", school::report_card("Leo", curved));
}
