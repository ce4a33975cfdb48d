using SiKinerja.Domain.Kepegawaian;

namespace SiKinerja.Web.Demo;

/// <summary>
/// Indonesian personal names by region (Sunda, Jawa, Batak, Minang, Bugis, Bali, Melayu and common
/// Islamic names), weighted like a West Java Pemda's workforce. The given name always matches the
/// gender (and so the NIP's gender digit).
/// </summary>
internal static class NamaIndonesia
{
    private sealed record Daerah(double Bobot, string[] Pria, string[] Wanita, string[] BelakangPria, string[] BelakangWanita, double PeluangTunggal, string[]? TunggalPria = null, string[]? TunggalWanita = null);

    private static readonly Daerah[] Semua =
    [
        new(
            0.42,
            ["Asep", "Ujang", "Dede", "Cecep", "Yayan", "Dadang", "Endang", "Hendra", "Iwan", "Jajang", "Ade", "Yana", "Rahmat", "Ridwan", "Dedi", "Agus", "Wawan", "Ayi", "Engkos", "Deden", "Iman", "Nanang", "Ujang Sopian", "Yudi", "Rizal", "Aep", "Dodi", "Eman", "Ganjar", "Kurnia"],
            ["Euis", "Neneng", "Imas", "Yeni", "Ai", "Iis", "Lilis", "Nining", "Cucu", "Enung", "Rina", "Siti", "Wulan", "Rika", "Tati", "Elis", "Nenden", "Popon", "Yuyun", "Entin", "Heni", "Rini", "Siti", "Dewi", "Nurul", "Ani", "Evi", "Ida", "Mimin", "Tuti"],
            ["Sunarya", "Kurniawan", "Hidayat", "Suhendar", "Permana", "Saputra", "Gunawan", "Rukmana", "Sopandi", "Supriatna", "Mulyana", "Setiawan", "Hermawan", "Sudrajat", "Ruhiyat", "Suryadi", "Nugraha", "Firmansyah", "Ramdani", "Somantri", "Sukmana", "Wijaya"],
            ["Nurhayati", "Kurniasih", "Rahayu", "Marlina", "Komalasari", "Sumiati", "Rohaeti", "Herlina", "Fitriani", "Suryani", "Lestari", "Aisyah", "Rosita", "Nurjanah", "Sulastri", "Rohmah", "Kartika", "Hasanah", "Mulyani", "Solihat", "Aminah", "Fatimah"],
            0.05,
            ["Sukarna", "Suhendi", "Rustandi", "Karsa", "Sumpena", "Odik"],
            ["Yayah", "Iyah", "Enok", "Onih", "Icih"]),
        new(
            0.25,
            ["Bambang", "Slamet", "Joko", "Eko", "Agus", "Budi", "Sutrisno", "Hadi", "Wahyu", "Teguh", "Bayu", "Dwi", "Tri", "Heru", "Purwanto", "Sugeng", "Suharto", "Priyo", "Arif", "Yoga", "Rudi", "Gatot", "Sigit", "Anton", "Hari"],
            ["Sri", "Dwi", "Endang", "Tutik", "Wahyuni", "Retno", "Siti", "Ratna", "Puji", "Yuli", "Indah", "Sulis", "Rini", "Ayu", "Tri", "Nanik", "Lusi", "Dyah", "Kartini", "Winarti", "Siti"],
            ["Santoso", "Prasetyo", "Susilo", "Wibowo", "Nugroho", "Purnomo", "Widodo", "Setiawan", "Hartono", "Sugiarto", "Raharjo", "Kusuma", "Utomo", "Wicaksono", "Haryanto", "Subagyo", "Saputro", "Pamungkas", "Hidayat"],
            ["Wahyuningsih", "Rahayu", "Lestari", "Handayani", "Wulandari", "Astuti", "Pratiwi", "Susanti", "Kusumawati", "Purwaningsih", "Rahmawati", "Setyaningsih", "Widyastuti", "Utami", "Mulyani", "Nurhayati", "Aminah", "Fatimah"],
            0.15,
            ["Sutrisno", "Purwanto", "Suharto", "Sugiyanto", "Suparman", "Mulyono", "Sukamto", "Triyono", "Haryadi"],
            ["Sumarni", "Suparmi", "Sulastri", "Wartini", "Suwarni", "Tumini", "Murwani"]),
        new(
            0.06,
            ["Togar", "Parulian", "Hotman", "Martua", "Binsar", "Roy", "Jonner", "Saut", "Bonar", "Maruli", "Hasudungan", "Sahat", "Poltak", "Daniel"],
            ["Rosmawati", "Lamria", "Tiurma", "Debora", "Rotua", "Sondang", "Nurmala", "Masniari", "Hotnida", "Rosdiana", "Lasma", "Yohana"],
            ["Simanjuntak", "Siregar", "Nasution", "Harahap", "Sitompul", "Hutapea", "Situmorang", "Panjaitan", "Lubis", "Sinaga", "Simatupang", "Manurung", "Hutagalung", "Pardede"],
            ["Simanjuntak", "Siregar", "Nasution", "Harahap", "Sitompul", "Hutapea", "Situmorang", "Panjaitan", "Lubis", "Sinaga", "Simatupang", "Manurung", "Hutagalung", "Pardede"],
            0),
        new(
            0.05,
            ["Rizal", "Syafrizal", "Afrizal", "Yulizar", "Erwin", "Fadli", "Zulkifli", "Hendri", "Irwan", "Yusrizal", "Andri", "Masrul"],
            ["Yusnimar", "Desmawati", "Fitri", "Rahmi", "Yulia", "Nurhasanah", "Elfi", "Yenni", "Rosmaini", "Afrianti", "Syafrida", "Yusnita"],
            ["Chaniago", "Koto", "Piliang", "Tanjung", "Sikumbang", "Effendi", "Syahputra", "Maulana", "Azhar", "Fikri"],
            ["Chaniago", "Koto", "Piliang", "Tanjung", "Sikumbang", "Wahyuni", "Yanti", "Marni", "Safitri"],
            0),
        new(
            0.03,
            ["Andi Baso", "Andi Muhammad", "Syamsul", "Irfan", "Arif", "Andi Irwan", "Muh. Ikhsan", "Ansar", "Hasanuddin", "Andi Rahman"],
            ["Andi Nurhayati", "Hasnah", "Nurul", "Andi Tenri", "Sitti", "Hasmawati", "Andi Sri", "Nurhaedah", "Rosmiati"],
            ["Alam", "Rahman", "Mappiasse", "Tahir", "Palallo", "Mattalatta", "Amir", "Latief"],
            ["Rahmawati", "Ajeng", "Nurhayati", "Sulfiani", "Ramlah", "Wahida", "Amir"],
            0),
        new(
            0.02,
            ["I Made", "I Ketut", "I Wayan", "I Nyoman", "I Gede", "I Komang", "I Putu", "I Kadek"],
            ["Ni Made", "Ni Ketut", "Ni Luh", "Ni Wayan", "Ni Komang", "Ni Putu", "Ni Kadek"],
            ["Suartana", "Sudarma", "Sukadana", "Artawan", "Pramana", "Suarjaya", "Widiana", "Mahendra", "Wirawan", "Astawa"],
            ["Sulastri", "Ariani", "Sriani", "Ayu Lestari", "Suartini", "Widiastuti", "Dewi Sartini", "Ratnadi", "Sukerti"],
            0),
        new(
            0.17,
            ["Muhammad", "Ahmad", "Abdul", "Rizki", "Fajar", "Ilham", "Yusuf", "Hasan", "Fauzan", "Ikhsan", "Taufik", "Irfan", "Reza", "Dimas", "Fikri", "Arief", "Aditya", "Rahmat", "Lukman", "Hakim"],
            ["Siti", "Nur", "Siti", "Dewi", "Fitri", "Rina", "Novi", "Putri", "Intan", "Anisa", "Nadia", "Rizka", "Ayu", "Laila", "Maya", "Annisa", "Siti", "Ratih", "Dian", "Mega"],
            ["Iqbal", "Fauzi", "Rahman", "Hidayat", "Maulana", "Ramadhan", "Firdaus", "Hakim", "Syahrul", "Nugraha", "Pratama", "Saputra", "Kurniawan", "Ridwan", "Prasetya", "Alfarizi"],
            ["Aminah", "Maryam", "Fatimah", "Aisyah", "Khadijah", "Rahmawati", "Maharani", "Safitri", "Anggraini", "Oktaviani", "Permatasari", "Puspitasari", "Damayanti", "Novitasari", "Zahra", "Nurhaliza"],
            0),
    ];

    private static readonly double TotalBobot = Semua.Sum(d => d.Bobot);

    public static string Buat(Random rng, JenisKelamin jk)
    {
        var x = rng.NextDouble() * TotalBobot;
        var daerah = Semua[^1];
        foreach (var d in Semua)
        {
            if (x < d.Bobot)
            {
                daerah = d;
                break;
            }

            x -= d.Bobot;
        }

        var wanita = jk == JenisKelamin.Wanita;
        var tunggal = wanita ? daerah.TunggalWanita : daerah.TunggalPria;
        if (tunggal is not null && rng.NextDouble() < daerah.PeluangTunggal)
        {
            // Older Sundanese and Javanese staff often carry a single name.
            return Pilih(rng, tunggal);
        }

        var depan = Pilih(rng, wanita ? daerah.Wanita : daerah.Pria);
        var belakang = Pilih(rng, wanita ? daerah.BelakangWanita : daerah.BelakangPria);
        return belakang == depan ? depan : depan + " " + belakang;
    }

    private static string Pilih(Random rng, string[] pilihan) => pilihan[rng.Next(pilihan.Length)];
}
