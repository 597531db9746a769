use std::sync::mpsc;
use std::thread;

fn main() {
    let students = vec!["ana", "ben", "cleo", "dev"];
    let grades = vec![88, 92, 75, 64];
    let (tx, rx) = mpsc::channel::<(String, char)>();

    // Scoped threads borrow both vectors; each sends one letter grade.
    thread::scope(|s| {
        for i in 0..students.len() {
            let tx = tx.clone();
            let students = &students;
            let grades = &grades;
            s.spawn(move || {
                let letter = match grades[i] {
                    90..=100 => 'A',
                    80..=89 => 'B',
                    70..=79 => 'C',
                    _ => 'F',
                };
                tx.send((students[i].to_string(), letter)).unwrap();
            });
        }
    });
    drop(tx);

    let mut report: Vec<(String, char)> = rx.iter().collect();
    report.sort();
    for (name, letter) in report {
        println!("{}: {}", name, letter);
    }
}
