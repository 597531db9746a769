const PASS_MARK: u32 = 50;
const MAX_SCORE: u32 = 100;

fn letter_grade(score: u32) -> char {
    if score >= 90 {
        'A'
    } else if score >= 80 {
        'B'
    } else if score >= 70 {
        'C'
    } else if score >= PASS_MARK {
        'D'
    } else {
        'F'
    }
}

fn main() {
    let students = [("Ana", 93), ("Bo", 47), ("Chen", 78), ("Dara", 85), ("Eli", 50)];
    let mut passed = 0;
    for (name, score) in students {
        let pct = score as f64 / MAX_SCORE as f64 * 100.0;
        let grade = letter_grade(score);
        if score >= PASS_MARK {
            passed += 1;
        }
        println!("{:<5} {:>3} {:>6.1}% {}", name, score, pct, grade);
    }
    println!("{} of {} passed", passed, students.len());
}
