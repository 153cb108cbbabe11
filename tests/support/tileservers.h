#pragma once

// Tile services without the network: a folder of XYZ tiles written by the test, served by a
// local HTTP server (Debian's python3 -m http.server on a free port of 127.0.0.1), ended by pid
// when the test is done. Header-only.
#include <QDir>
#include <QImage>
#include <QProcess>
#include <QString>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

#include <cmath>

namespace sightline::test {

// A port nothing listens on right now.
inline int freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    const int port = probe.serverPort();
    probe.close();
    return port;
}

class LocalHttpServer
{
  public:
    // delaySeconds > 0: every answer comes that late (a slow service).
    explicit LocalHttpServer(const QString &folder, double delaySeconds = 0) : m_port(freePort())
    {
        m_process.setProgram(QStringLiteral("/usr/bin/python3"));
        if (delaySeconds > 0)
            m_process.setArguments(
                {QStringLiteral("-c"),
                 QStringLiteral("import functools, http.server, sys, time\n"
                                "class Slow(http.server.SimpleHTTPRequestHandler):\n"
                                "    def do_GET(self):\n"
                                "        time.sleep(float(sys.argv[2]))\n"
                                "        super().do_GET()\n"
                                "http.server.ThreadingHTTPServer(('127.0.0.1', int(sys.argv[1])),\n"
                                "    functools.partial(Slow, directory=sys.argv[3])).serve_forever()\n"),
                 QString::number(m_port), QString::number(delaySeconds), folder});
        else
            m_process.setArguments({QStringLiteral("-m"), QStringLiteral("http.server"),
                                    QString::number(m_port), QStringLiteral("--bind"),
                                    QStringLiteral("127.0.0.1"), QStringLiteral("-d"), folder});
        start();
    }
    // A server run by a Python script of the test's own: the script gets the port first, then
    // arguments. port > 0: that port (a server started again where its clients expect it).
    LocalHttpServer(const QString &script, const QStringList &arguments, int port = 0)
        : m_port(port > 0 ? port : freePort())
    {
        m_process.setProgram(QStringLiteral("/usr/bin/python3"));
        m_process.setArguments(QStringList{QStringLiteral("-c"), script, QString::number(m_port)} + arguments);
        start();
    }
    ~LocalHttpServer() { stop(); }
    void stop()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.terminate();
            if (!m_process.waitForFinished(3000)) {
                m_process.kill();
                m_process.waitForFinished();
            }
        }
    }
    bool ready() const { return m_ready; }
    int port() const { return m_port; }
    QString url(const QString &path) const
    {
        return QStringLiteral("http://127.0.0.1:%1/%2").arg(m_port).arg(path);
    }

  private:
    void start()
    {
        m_process.setStandardOutputFile(QProcess::nullDevice());
        m_process.setStandardErrorFile(QProcess::nullDevice()); // its request log
        m_process.start();
        // Ready when it accepts a connection.
        for (int i = 0; i < 100; ++i) {
            QTcpSocket s;
            s.connectToHost(QHostAddress::LocalHost, static_cast<quint16>(m_port));
            if (s.waitForConnected(100)) {
                m_ready = true;
                break;
            }
            QThread::msleep(50);
        }
    }
    int m_port;
    QProcess m_process;
    bool m_ready = false;
};

inline int tileX(double lon, int z)
{
    return static_cast<int>(std::floor((lon + 180.0) / 360.0 * (1 << z)));
}
inline int tileY(double lat, int z)
{
    const double r = lat * M_PI / 180.0;
    return static_cast<int>(
        std::floor((1.0 - std::log(std::tan(r) + 1.0 / std::cos(r)) / M_PI) / 2.0 * (1 << z)));
}

// Writes folder/z/x/y.png of one colour for the tiles around (lon, lat), `radius` tiles each way,
// at each zoom from minZoom to maxZoom. Returns how many.
inline int writeXyzTiles(const QString &folder, double lon, double lat, int minZoom, int maxZoom, int radius,
                         QColor colour)
{
    QImage tile(256, 256, QImage::Format_ARGB32);
    tile.fill(colour);
    int n = 0;
    for (int z = minZoom; z <= maxZoom; ++z)
        for (int x = tileX(lon, z) - radius; x <= tileX(lon, z) + radius; ++x)
            for (int y = tileY(lat, z) - radius; y <= tileY(lat, z) + radius; ++y) {
                const QString dir = QStringLiteral("%1/%2/%3").arg(folder).arg(z).arg(x);
                QDir().mkpath(dir);
                n += tile.save(QStringLiteral("%1/%2.png").arg(dir).arg(y), "PNG") ? 1 : 0;
            }
    return n;
}

} // namespace sightline::test
